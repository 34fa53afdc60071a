// Reads the live account: only what a plan needs, at the speed the quotas allow (issue #4).
// Every list is paginated; every per-resource call is started as soon as it is known, so each
// operation's rate-limited queue stays full and the read takes max(calls ÷ TPS) over operations.
import type { AccountScope, TargetKey } from '../model/arn.js';
import { resourceArn, targetArn, thingGroupOfTarget } from '../model/arn.js';
import type { LiveCustomMetric, LiveDimension, LiveProfile, LiveSelection, LiveState } from '../model/live.js';
import type { Tags } from '../model/types.js';
import { AwsError } from './errors.js';
import { liveCustomMetric, liveDimension, liveProfile, tagMap } from './from-api.js';
import { call, type IotSession } from './session.js';

/** What to read. `'all'` reads every live resource of that kind. */
export interface ReadRequest {
  profiles: readonly string[] | 'all';
  /** Also read in full every live profile carrying this tag. */
  ownershipTag?: { key: string; value: string };
  dimensions: readonly string[] | 'all';
  customMetrics: readonly string[] | 'all';
  /** Targets whose attached profiles to list (ListSecurityProfilesForTarget). */
  targets: readonly TargetKey[];
  /**
   * List the profiles using each dimension / custom metric a plan may delete or replace (false for
   * none): those carrying the ownership tag but not in the files (pruning), and custom metrics in the
   * files (a changed metricType replaces one). A dimension in the files is never deleted: its one
   * type, TOPIC_FILTER, cannot force a replacement.
   */
  reverseIndexes: false | { inFiles: { dimensions: readonly string[]; customMetrics: readonly string[] } };
}

const HEARTBEAT_MS = 10_000;

export async function readLiveState(session: IotSession, selection: LiveSelection, progress?: (line: string) => void): Promise<LiveState> {
  return readResources(
    session,
    {
      profiles: selection.profiles,
      ownershipTag: selection.ownershipTag,
      dimensions: 'all',
      customMetrics: 'all',
      targets: selection.targets,
      reverseIndexes: { inFiles: { dimensions: selection.dimensions, customMetrics: selection.customMetrics } },
    },
    progress,
  );
}

export async function readResources(session: IotSession, request: ReadRequest, progress: (line: string) => void = () => {}): Promise<LiveState> {
  const started = performance.now();
  let calls = 0;
  const counted = <T>(p: Promise<T>): Promise<T> => p.finally(() => calls++);
  const heartbeat = setInterval(() => {
    const s = Math.round((performance.now() - started) / 1000);
    progress(`Still reading live state from ${session.label}… ${calls} calls done [${String(Math.floor(s / 60)).padStart(2, '0')}m${String(s % 60).padStart(2, '0')}s elapsed]`);
  }, HEARTBEAT_MS);
  heartbeat.unref();
  const reader = new Reader(session, counted);
  try {
    const index = request.reverseIndexes;
    const owned = (r: { tags: Tags }) => request.ownershipTag !== undefined && r.tags[request.ownershipTag.key] === request.ownershipTag.value;
    const dimensionsToIndex = (read: Record<string, LiveDimension>) =>
      index ? Object.values(read).filter((d) => owned(d) && !index.inFiles.dimensions.includes(d.name)).map((d) => d.name) : [];
    const customMetricsToIndex = (read: Record<string, LiveCustomMetric>) =>
      index ? Object.values(read).filter((m) => owned(m) || index.inFiles.customMetrics.includes(m.name)).map((m) => m.name) : [];
    const dimensionsRead = reader.dimensions(request.dimensions);
    const customMetricsRead = reader.customMetrics(request.customMetrics);
    const profilesByTargetRead = reader.profilesByTarget(request.targets);
    const [profiles, dimensions, customMetrics, profilesByTarget, missingTargets, profilesUsingDimension, profilesUsingCustomMetric] = await Promise.all([
      reader.profiles(request),
      dimensionsRead,
      customMetricsRead,
      profilesByTargetRead,
      profilesByTargetRead.then((attached) => reader.missingThingGroups(request.targets, attached)),
      dimensionsRead.then((d) => reader.reverseIndex('dimensionName', dimensionsToIndex(d))),
      customMetricsRead.then((m) => reader.reverseIndex('metricName', customMetricsToIndex(m))),
    ]);
    return {
      scope: session.scope,
      profiles: profiles.read,
      allProfileNames: profiles.all,
      dimensions,
      customMetrics,
      profilesByTarget,
      missingTargets,
      profilesUsingDimension,
      profilesUsingCustomMetric,
    };
  } finally {
    clearInterval(heartbeat);
  }
}

/** Pages through a List operation, handing each page's items over as soon as it arrives. */
export async function paginate<P extends { nextToken?: string | undefined }, I>(
  fetchPage: (nextToken: string | undefined) => Promise<P>,
  items: (page: P) => I[] | undefined,
  onPage: (items: I[]) => void = () => {},
): Promise<I[]> {
  const all: I[] = [];
  let nextToken: string | undefined;
  do {
    const page = await fetchPage(nextToken);
    const got = items(page) ?? [];
    all.push(...got);
    onPage(got);
    nextToken = page.nextToken || undefined;
  } while (nextToken);
  return all;
}

/** ResourceNotFound → undefined: the resource went away between the list and the read. */
async function unlessGone<T>(p: Promise<T>): Promise<T | undefined> {
  try {
    return await p;
  } catch (error) {
    if (error instanceof AwsError && error.code === 'ResourceNotFoundException') return undefined;
    throw error;
  }
}

const PAGE = 250;

/** A resource's tags as a map (ListTagsForResource, paginated). */
export async function listTags(session: IotSession, arn: string, resource: string): Promise<Tags> {
  return tagMap(await paginate((nextToken) => call(session, 'ListTagsForResource', { resourceArn: arn, nextToken }, resource), (page) => page.tags));
}

class Reader {
  private readonly scope: AccountScope;

  constructor(
    private readonly session: IotSession,
    private readonly counted: <T>(p: Promise<T>) => Promise<T>,
  ) {
    this.scope = session.scope;
  }

  private tags(arn: string, resource: string): Promise<Tags> {
    return this.counted(listTags(this.session, arn, resource));
  }

  async profiles(request: ReadRequest): Promise<{ read: Record<string, LiveProfile>; all: string[] }> {
    const named = request.profiles === 'all' ? undefined : new Set(request.profiles);
    const pending: Promise<LiveProfile | undefined>[] = [];
    const all = await paginate(
      (nextToken) => this.counted(call(this.session, 'ListSecurityProfiles', { nextToken, maxResults: PAGE })),
      (page) => page.securityProfileIdentifiers,
      (identifiers) => {
        for (const { name, arn } of identifiers) {
          if (!name) continue;
          const profileArn = arn ?? resourceArn(this.scope, 'securityprofile', name);
          if (!named || named.has(name)) pending.push(this.profile(name, profileArn));
          else if (request.ownershipTag) pending.push(this.profileIfOwned(name, profileArn, request.ownershipTag));
        }
      },
    );
    const read: Record<string, LiveProfile> = {};
    for (const p of await Promise.all(pending)) if (p) read[p.name] = p;
    return { read, all: all.flatMap((i) => (i.name ? [i.name] : [])).sort() };
  }

  private async profileIfOwned(name: string, arn: string, tag: { key: string; value: string }): Promise<LiveProfile | undefined> {
    const tags = await unlessGone(this.tags(arn, name));
    if (!tags || tags[tag.key] !== tag.value) return undefined;
    return this.profile(name, arn, tags);
  }

  private async profile(name: string, arn: string, knownTags?: Tags): Promise<LiveProfile | undefined> {
    const [described, targets, tags] = await Promise.all([
      unlessGone(this.counted(call(this.session, 'DescribeSecurityProfile', { securityProfileName: name }, name))),
      unlessGone(
        paginate(
          (nextToken) =>
            this.counted(call(this.session, 'ListTargetsForSecurityProfile', { securityProfileName: name, nextToken, maxResults: PAGE }, name)),
          (page) => page.securityProfileTargets,
        ),
      ),
      knownTags ?? unlessGone(this.tags(arn, name)),
    ]);
    if (!described || !targets || !tags) return undefined;
    return liveProfile(name, described, targets.flatMap((t) => (t.arn ? [t.arn] : [])), tags);
  }

  dimensions(which: readonly string[] | 'all'): Promise<Record<string, LiveDimension>> {
    return this.named(
      which,
      (nextToken) => call(this.session, 'ListDimensions', { nextToken, maxResults: PAGE }).then((p) => ({ nextToken: p.nextToken, names: p.dimensionNames })),
      (name) => call(this.session, 'DescribeDimension', { name }, name),
      'dimension',
      liveDimension,
    );
  }

  customMetrics(which: readonly string[] | 'all'): Promise<Record<string, LiveCustomMetric>> {
    return this.named(
      which,
      (nextToken) => call(this.session, 'ListCustomMetrics', { nextToken, maxResults: PAGE }).then((p) => ({ nextToken: p.nextToken, names: p.metricNames })),
      (metricName) => call(this.session, 'DescribeCustomMetric', { metricName }, metricName),
      'custommetric',
      liveCustomMetric,
    );
  }

  /** Lists a kind, then describes and reads the tags of each wanted one. */
  private async named<D, R>(
    which: readonly string[] | 'all',
    list: (nextToken: string | undefined) => Promise<{ nextToken?: string | undefined; names?: string[] | undefined }>,
    describe: (name: string) => Promise<D>,
    arnType: 'dimension' | 'custommetric',
    toLive: (name: string, described: D, tags: Tags) => R,
  ): Promise<Record<string, R>> {
    const names = await paginate((nextToken) => this.counted(list(nextToken)), (page) => page.names);
    const wanted = which === 'all' ? names : names.filter((n) => which.includes(n));
    const read: Record<string, R> = {};
    await Promise.all(
      wanted.map(async (name) => {
        const [described, tags] = await Promise.all([
          unlessGone(this.counted(describe(name))),
          unlessGone(this.tags(resourceArn(this.scope, arnType, name), name)),
        ]);
        if (described && tags) read[name] = toLive(name, described, tags);
      }),
    );
    return read;
  }

  async profilesByTarget(targets: readonly TargetKey[]): Promise<Record<TargetKey, string[]>> {
    const byTarget: Record<TargetKey, string[]> = {};
    await Promise.all(
      [...new Set(targets)].map(async (key) => {
        const mappings = await unlessGone(
          paginate(
            (nextToken) =>
              this.counted(
                call(this.session, 'ListSecurityProfilesForTarget', { securityProfileTargetArn: targetArn(this.scope, key), nextToken, maxResults: PAGE }, key),
              ),
            (page) => page.securityProfileTargetMappings,
          ),
        );
        byTarget[key] = (mappings ?? []).flatMap((m) => (m.securityProfileIdentifier?.name ? [m.securityProfileIdentifier.name] : [])).sort();
      }),
    );
    return byTarget;
  }

  /** Thing-group targets that do not exist (attaching would fail). A group with profiles attached exists. */
  async missingThingGroups(targets: readonly TargetKey[], attached: Record<TargetKey, string[]>): Promise<TargetKey[]> {
    const unknown = [...new Set(targets)].filter((key) => thingGroupOfTarget(key) !== undefined && !attached[key]?.length);
    const missing = await Promise.all(
      unknown.map(async (key) => {
        const group = thingGroupOfTarget(key)!;
        const described = await unlessGone(this.counted(call(this.session, 'DescribeThingGroup', { thingGroupName: group }, group)));
        return described ? [] : [key];
      }),
    );
    return missing.flat().sort();
  }

  async reverseIndex(filter: 'dimensionName' | 'metricName', names: string[]): Promise<Record<string, string[]>> {
    const index: Record<string, string[]> = {};
    await Promise.all(
      names.map(async (name) => {
        const ids = await unlessGone(
          paginate(
            (nextToken) => this.counted(call(this.session, 'ListSecurityProfiles', { [filter]: name, nextToken, maxResults: PAGE }, name)),
            (page) => page.securityProfileIdentifiers,
          ),
        );
        index[name] = (ids ?? []).flatMap((i) => (i.name ? [i.name] : [])).sort();
      }),
    );
    return index;
  }
}
