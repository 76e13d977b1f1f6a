// The connector's roster APIs in the fake Bot Framework: one member, or the members page by page.

/** A person in the tenant's rosters, as the connector describes them (TeamsChannelAccount). */
export interface RosterMember {
  id: string;
  name: string;
  aadObjectId: string;
}

const account = (m: RosterMember, tenant: string) => {
  const [given = '', ...rest] = m.name.split(' ');
  const email = `${given.toLowerCase()}@contoso.example`;
  return {
    id: m.id,
    name: m.name,
    aadObjectId: m.aadObjectId,
    givenName: given,
    surname: rest.join(' '),
    email,
    userPrincipalName: email,
    tenantId: tenant,
    userRole: 'user',
  };
};

/** How many members a page holds here (Teams may return fewer than asked). */
const PAGE = 2;

/**
 * `GET …/members/{id}` (by `29:` or Entra id; 404 when the roster does not hold them) or
 * `GET …/pagedmembers` with an opaque continuation token.
 */
export function rosterAnswer(
  roster: readonly RosterMember[],
  tenant: string,
  rest: string,
  query: URLSearchParams,
): { op: string; status: number; body: unknown } {
  const member = /^\/members\/([^/]+)$/.exec(rest);
  if (member) {
    const id = decodeURIComponent(member[1] as string);
    const found = roster.find((m) => m.id === id || m.aadObjectId === id);
    return found
      ? { op: 'getConversationMember', status: 200, body: account(found, tenant) }
      : {
          op: 'getConversationMember',
          status: 404,
          body: {
            error: { code: 'MemberNotFoundInConversation', message: 'The member is not in the roster' },
          },
        };
  }
  const from = Number(query.get('continuationToken')?.replace('page-', '') ?? 0);
  const next = from + PAGE;
  return {
    op: 'getConversationPagedMembers',
    status: 200,
    body: {
      members: roster.slice(from, next).map((m) => account(m, tenant)),
      ...(next < roster.length ? { continuationToken: `page-${next}` } : {}),
    },
  };
}
