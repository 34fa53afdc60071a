// The IoT operations this tool calls, by name: the rate limiter, retries and messages key on the name,
// and a plan's requests (`{operation, input}`) are sent through the same table.
import {
  CreateSecurityProfileCommand,
  type CreateSecurityProfileCommandInput,
  type CreateSecurityProfileCommandOutput,
  UpdateSecurityProfileCommand,
  type UpdateSecurityProfileCommandInput,
  type UpdateSecurityProfileCommandOutput,
  DescribeSecurityProfileCommand,
  type DescribeSecurityProfileCommandInput,
  type DescribeSecurityProfileCommandOutput,
  DeleteSecurityProfileCommand,
  type DeleteSecurityProfileCommandInput,
  type DeleteSecurityProfileCommandOutput,
  ListSecurityProfilesCommand,
  type ListSecurityProfilesCommandInput,
  type ListSecurityProfilesCommandOutput,
  ListSecurityProfilesForTargetCommand,
  type ListSecurityProfilesForTargetCommandInput,
  type ListSecurityProfilesForTargetCommandOutput,
  ListTargetsForSecurityProfileCommand,
  type ListTargetsForSecurityProfileCommandInput,
  type ListTargetsForSecurityProfileCommandOutput,
  AttachSecurityProfileCommand,
  type AttachSecurityProfileCommandInput,
  type AttachSecurityProfileCommandOutput,
  DetachSecurityProfileCommand,
  type DetachSecurityProfileCommandInput,
  type DetachSecurityProfileCommandOutput,
  ValidateSecurityProfileBehaviorsCommand,
  type ValidateSecurityProfileBehaviorsCommandInput,
  type ValidateSecurityProfileBehaviorsCommandOutput,
  CreateDimensionCommand,
  type CreateDimensionCommandInput,
  type CreateDimensionCommandOutput,
  UpdateDimensionCommand,
  type UpdateDimensionCommandInput,
  type UpdateDimensionCommandOutput,
  DescribeDimensionCommand,
  type DescribeDimensionCommandInput,
  type DescribeDimensionCommandOutput,
  DeleteDimensionCommand,
  type DeleteDimensionCommandInput,
  type DeleteDimensionCommandOutput,
  ListDimensionsCommand,
  type ListDimensionsCommandInput,
  type ListDimensionsCommandOutput,
  CreateCustomMetricCommand,
  type CreateCustomMetricCommandInput,
  type CreateCustomMetricCommandOutput,
  UpdateCustomMetricCommand,
  type UpdateCustomMetricCommandInput,
  type UpdateCustomMetricCommandOutput,
  DescribeCustomMetricCommand,
  type DescribeCustomMetricCommandInput,
  type DescribeCustomMetricCommandOutput,
  DeleteCustomMetricCommand,
  type DeleteCustomMetricCommandInput,
  type DeleteCustomMetricCommandOutput,
  ListCustomMetricsCommand,
  type ListCustomMetricsCommandInput,
  type ListCustomMetricsCommandOutput,
  TagResourceCommand,
  type TagResourceCommandInput,
  type TagResourceCommandOutput,
  UntagResourceCommand,
  type UntagResourceCommandInput,
  type UntagResourceCommandOutput,
  ListTagsForResourceCommand,
  type ListTagsForResourceCommandInput,
  type ListTagsForResourceCommandOutput,
  DescribeThingGroupCommand,
  type DescribeThingGroupCommandInput,
  type DescribeThingGroupCommandOutput,
} from '@aws-sdk/client-iot';

export interface IotOperations {
  CreateSecurityProfile: [CreateSecurityProfileCommandInput, CreateSecurityProfileCommandOutput];
  UpdateSecurityProfile: [UpdateSecurityProfileCommandInput, UpdateSecurityProfileCommandOutput];
  DescribeSecurityProfile: [DescribeSecurityProfileCommandInput, DescribeSecurityProfileCommandOutput];
  DeleteSecurityProfile: [DeleteSecurityProfileCommandInput, DeleteSecurityProfileCommandOutput];
  ListSecurityProfiles: [ListSecurityProfilesCommandInput, ListSecurityProfilesCommandOutput];
  ListSecurityProfilesForTarget: [ListSecurityProfilesForTargetCommandInput, ListSecurityProfilesForTargetCommandOutput];
  ListTargetsForSecurityProfile: [ListTargetsForSecurityProfileCommandInput, ListTargetsForSecurityProfileCommandOutput];
  AttachSecurityProfile: [AttachSecurityProfileCommandInput, AttachSecurityProfileCommandOutput];
  DetachSecurityProfile: [DetachSecurityProfileCommandInput, DetachSecurityProfileCommandOutput];
  ValidateSecurityProfileBehaviors: [ValidateSecurityProfileBehaviorsCommandInput, ValidateSecurityProfileBehaviorsCommandOutput];
  CreateDimension: [CreateDimensionCommandInput, CreateDimensionCommandOutput];
  UpdateDimension: [UpdateDimensionCommandInput, UpdateDimensionCommandOutput];
  DescribeDimension: [DescribeDimensionCommandInput, DescribeDimensionCommandOutput];
  DeleteDimension: [DeleteDimensionCommandInput, DeleteDimensionCommandOutput];
  ListDimensions: [ListDimensionsCommandInput, ListDimensionsCommandOutput];
  CreateCustomMetric: [CreateCustomMetricCommandInput, CreateCustomMetricCommandOutput];
  UpdateCustomMetric: [UpdateCustomMetricCommandInput, UpdateCustomMetricCommandOutput];
  DescribeCustomMetric: [DescribeCustomMetricCommandInput, DescribeCustomMetricCommandOutput];
  DeleteCustomMetric: [DeleteCustomMetricCommandInput, DeleteCustomMetricCommandOutput];
  ListCustomMetrics: [ListCustomMetricsCommandInput, ListCustomMetricsCommandOutput];
  TagResource: [TagResourceCommandInput, TagResourceCommandOutput];
  UntagResource: [UntagResourceCommandInput, UntagResourceCommandOutput];
  ListTagsForResource: [ListTagsForResourceCommandInput, ListTagsForResourceCommandOutput];
  DescribeThingGroup: [DescribeThingGroupCommandInput, DescribeThingGroupCommandOutput];
}

export type IotOperationName = keyof IotOperations;

type CommandClass = new (input: any) => any;

export const COMMANDS: Readonly<Record<IotOperationName, CommandClass>> = {
  CreateSecurityProfile: CreateSecurityProfileCommand,
  UpdateSecurityProfile: UpdateSecurityProfileCommand,
  DescribeSecurityProfile: DescribeSecurityProfileCommand,
  DeleteSecurityProfile: DeleteSecurityProfileCommand,
  ListSecurityProfiles: ListSecurityProfilesCommand,
  ListSecurityProfilesForTarget: ListSecurityProfilesForTargetCommand,
  ListTargetsForSecurityProfile: ListTargetsForSecurityProfileCommand,
  AttachSecurityProfile: AttachSecurityProfileCommand,
  DetachSecurityProfile: DetachSecurityProfileCommand,
  ValidateSecurityProfileBehaviors: ValidateSecurityProfileBehaviorsCommand,
  CreateDimension: CreateDimensionCommand,
  UpdateDimension: UpdateDimensionCommand,
  DescribeDimension: DescribeDimensionCommand,
  DeleteDimension: DeleteDimensionCommand,
  ListDimensions: ListDimensionsCommand,
  CreateCustomMetric: CreateCustomMetricCommand,
  UpdateCustomMetric: UpdateCustomMetricCommand,
  DescribeCustomMetric: DescribeCustomMetricCommand,
  DeleteCustomMetric: DeleteCustomMetricCommand,
  ListCustomMetrics: ListCustomMetricsCommand,
  TagResource: TagResourceCommand,
  UntagResource: UntagResourceCommand,
  ListTagsForResource: ListTagsForResourceCommand,
  DescribeThingGroup: DescribeThingGroupCommand,
};
