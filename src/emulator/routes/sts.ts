// STS GetCallerIdentity (awsQuery: form body in, XML out), so a client pointed at the emulator with the
// same endpoint override learns the emulated account id.
import { randomUUID } from 'node:crypto';
import { RawOutput, type Route } from '../request.js';

const NS = 'https://sts.amazonaws.com/doc/2011-06-15/';
/** A fixed IAM user id, shaped like a real one. */
export const EMULATOR_USER_ID = 'AIDAEMULATORUSER00001';

function xmlError(code: string, message: string): RawOutput {
  const xml = `<ErrorResponse xmlns="${NS}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>${randomUUID()}</RequestId></ErrorResponse>`;
  return new RawOutput('text/xml', xml, 400);
}

export const stsRoutes: Route[] = [
  {
    operation: 'GetCallerIdentity',
    method: 'POST',
    path: '/',
    mutates: false,
    handle(request, ctx) {
      const form = new URLSearchParams(request.body);
      const action = form.get('Action');
      if (action !== 'GetCallerIdentity')
        return xmlError('InvalidAction', `The action ${action ?? '(none)'} is not valid for this endpoint: only GetCallerIdentity is emulated`);
      const { partition, account } = ctx.scope;
      const xml =
        `<GetCallerIdentityResponse xmlns="${NS}"><GetCallerIdentityResult>` +
        `<Arn>arn:${partition}:iam::${account}:user/emulator</Arn><UserId>${EMULATOR_USER_ID}</UserId><Account>${account}</Account>` +
        `</GetCallerIdentityResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></GetCallerIdentityResponse>`;
      return new RawOutput('text/xml', xml);
    },
  },
];
