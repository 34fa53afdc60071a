"""Drives the emulator with boto3 (botocore's own serializer and parsers) and prints what it observed as JSON.
Usage: python3 boto3_probe.py ENDPOINT_URL"""
import json
import sys

import boto3
from botocore.exceptions import ClientError

endpoint = sys.argv[1]
session = boto3.session.Session(aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="secret", region_name="us-east-1")
iot = session.client("iot", endpoint_url=endpoint, config=boto3.session.Config(retries={"max_attempts": 1}))
sts = session.client("sts", endpoint_url=endpoint)
out = {}


def error(fn, **kwargs):
    try:
        fn(**kwargs)
        return None
    except ClientError as e:
        return {"code": e.response["Error"]["Code"], "status": e.response["ResponseMetadata"]["HTTPStatusCode"], "message": e.response["Error"]["Message"]}


behavior = {"name": "sent", "metric": "aws:num-messages-sent", "criteria": {"comparisonOperator": "greater-than", "value": {"count": 10}, "durationSeconds": 300}}
iot.create_thing_group(thingGroupName="py-group")
iot.create_dimension(name="py-topics", type="TOPIC_FILTER", stringValues=["a/+"])  # clientRequestToken filled in by botocore
iot.create_custom_metric(metricName="py-battery", metricType="number")
created = iot.create_security_profile(securityProfileName="py-profile", behaviors=[behavior], tags=[{"Key": "team", "Value": "py"}])
out["created"] = {k: created[k] for k in ("securityProfileName", "securityProfileArn")}
described = iot.describe_security_profile(securityProfileName="py-profile")
out["describedVersion"] = described["version"]
out["creationDateType"] = type(described["creationDate"]).__name__
out["describedKeys"] = sorted(k for k in described if k != "ResponseMetadata")
updated = iot.update_security_profile(securityProfileName="py-profile", expectedVersion=1, securityProfileDescription="from boto3")
out["updatedVersion"] = updated["version"]
out["conflict"] = error(iot.update_security_profile, securityProfileName="py-profile", expectedVersion=1, securityProfileDescription="stale")
out["flagConflict"] = error(iot.update_security_profile, securityProfileName="py-profile", deleteBehaviors=True, behaviors=[behavior])
out["badName"] = error(iot.create_security_profile, securityProfileName="bad name!")
out["tooLong"] = error(iot.create_security_profile, securityProfileName="p" * 129)
out["badEnum"] = error(iot.create_dimension, name="py-bad", type="TOPIC", stringValues=["a"])
out["exists"] = error(iot.create_security_profile, securityProfileName="py-profile")
out["missing"] = error(iot.describe_security_profile, securityProfileName="py-missing")
out["deleteMissing"] = error(iot.delete_security_profile, securityProfileName="py-missing")
target = "arn:aws:iot:us-east-1:123456789012:thinggroup/py-group"
iot.attach_security_profile(securityProfileName="py-profile", securityProfileTargetArn=target)
out["targets"] = [t["arn"] for t in iot.list_targets_for_security_profile(securityProfileName="py-profile")["securityProfileTargets"]]
out["noGroup"] = error(iot.attach_security_profile, securityProfileName="py-profile", securityProfileTargetArn=target + "-ghost")
for i in range(30):
    iot.create_security_profile(securityProfileName=f"py-page-{i:02d}")
names = []
for page in iot.get_paginator("list_security_profiles").paginate(PaginationConfig={"PageSize": 4}):
    names += [p["name"] for p in page["securityProfileIdentifiers"]]
out["paginated"] = len([n for n in names if n.startswith("py-page-")])
out["tags"] = iot.list_tags_for_resource(resourceArn=created["securityProfileArn"])["tags"]
iot.tag_resource(resourceArn=created["securityProfileArn"], tags=[{"Key": "env", "Value": "dev"}])
iot.untag_resource(resourceArn=created["securityProfileArn"], tagKeys=["team"])
out["tagsAfter"] = iot.list_tags_for_resource(resourceArn=created["securityProfileArn"])["tags"]
validation = iot.validate_security_profile_behaviors(behaviors=[{**behavior, "criteria": {**behavior["criteria"], "consecutiveDatapointsToAlarm": 100000}}])
out["validation"] = {"valid": validation["valid"], "validationErrors": validation["validationErrors"]}
out["dimension"] = iot.describe_dimension(name="py-topics")["stringValues"]
out["inUse"] = error(iot.delete_dimension, name="py-topics")  # not in use: succeeds
out["events"] = iot.list_violation_events(startTime="2024-01-01T00:00:00Z", endTime="2030-01-01T00:00:00Z")["violationEvents"]
out["identity"] = {k: v for k, v in sts.get_caller_identity().items() if k != "ResponseMetadata"}
iot.delete_security_profile(securityProfileName="py-profile", expectedVersion=2)
print(json.dumps(out))
