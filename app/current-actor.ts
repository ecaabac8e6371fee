import 'server-only';

/**
 * Who is making a change from the web app, for the audit log. Accounts arrive with issue #5;
 * until then every web change is recorded as made through the web interface.
 */
export async function currentActor(): Promise<string> {
  return 'web (zonder account)';
}
