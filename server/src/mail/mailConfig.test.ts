import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config';

describe('SMTP configuration (SPEC T7)', () => {
  it('T7: without SMTP_URL the server has no mail settings; with it and MAIL_FROM, it has both', () => {
    expect(loadConfig({}).mail).toBeUndefined();
    expect(loadConfig({ SMTP_URL: 'smtp://user:pass@mail.exemple.org:587', MAIL_FROM: 'Minutier <minutier@exemple.org>' }).mail).toEqual({
      smtpUrl: 'smtp://user:pass@mail.exemple.org:587',
      from: 'Minutier <minutier@exemple.org>',
    });
  });

  it('T7: SMTP_URL needs MAIL_FROM and an smtp:// or smtps:// address', () => {
    expect(() => loadConfig({ SMTP_URL: 'smtp://mail.exemple.org' })).toThrow(/MAIL_FROM/);
    expect(() => loadConfig({ SMTP_URL: 'http://mail.exemple.org', MAIL_FROM: 'minutier@exemple.org' })).toThrow(/SMTP_URL/);
  });
});
