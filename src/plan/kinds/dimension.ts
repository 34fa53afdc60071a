// Dimensions: only `stringValues` changes in place (the list is replaced whole); `type` is immutable.
import { canonicalDimension, type CanonicalDimension } from '../../model/canonical.js';
import type { LiveDimension } from '../../model/live.js';
import type { Dimension } from '../../model/types.js';
import type { KindSpec } from '../resource.js';
import { request, tagList } from '../requests.js';

export const dimensionSpec: KindSpec<Dimension, LiveDimension, CanonicalDimension> = {
  kind: 'Dimension',
  canonical: canonicalDimension,
  immutable: ['type'],
  create: (d, tags) => [request('CreateDimension', { name: d.name, type: d.type, stringValues: d.stringValues, tags: tagList(tags) })],
  update: (d) => [request('UpdateDimension', { name: d.name, stringValues: d.stringValues })],
  remove: (live) => request('DeleteDimension', { name: live.name }),
};
