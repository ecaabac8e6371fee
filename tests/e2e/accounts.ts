/** The account the e2e tests log in with; created by global-setup after the server's first start. */
export const E2E_USER = { username: 'e2e', password: 'e2e-wachtwoord-123' };
