import { describe, expect, it } from 'vitest';
import { startApp } from '../support/app-harness.ts';

const GUID = '6c3f0b8e-1d2a-4e5f-9a7b-0c1d2e3f4a5b';

/** The Teams entry of the start-up state, as the banner reports it. */
async function teamsState(env: Record<string, string>) {
  const app = await startApp(env);
  try {
    return app.app.modules.find((m) => m.module.id === 'teams')?.state;
  } finally {
    await app.close();
  }
}

describe('Teams settings', () => {
  it('is off without credentials, and incomplete with only some, naming what is missing', async () => {
    expect(await teamsState({})).toEqual({
      on: false,
      missing: ['MICROSOFT_APP_ID', 'MICROSOFT_APP_PASSWORD'],
      partial: false,
    });
    expect(await teamsState({ MICROSOFT_APP_ID: GUID })).toEqual({
      on: false,
      missing: ['MICROSOFT_APP_PASSWORD'],
      partial: true,
    });
    expect(
      await teamsState({
        MICROSOFT_APP_ID: GUID,
        MICROSOFT_APP_PASSWORD: 'p',
        MICROSOFT_APP_TYPE: 'SingleTenant',
      }),
    ).toEqual({ on: false, missing: ['MICROSOFT_APP_TENANT_ID'], partial: true });
  });

  it('refuses a malformed app id or app type with the variable’s name', async () => {
    await expect(startApp({ MICROSOFT_APP_ID: 'my-bot', MICROSOFT_APP_PASSWORD: 'p' })).rejects.toThrow(
      /MICROSOFT_APP_ID: .*GUID/,
    );
    await expect(startApp({ MICROSOFT_APP_TYPE: 'UserAssignedMsi' })).rejects.toThrow(
      /MICROSOFT_APP_TYPE: expected one of "MultiTenant", "SingleTenant"/,
    );
  });

  it('takes the Bot Framework endpoints as a set, and says which are missing', async () => {
    await expect(
      startApp({
        MICROSOFT_APP_ID: GUID,
        MICROSOFT_APP_PASSWORD: 'p',
        ToBotFromChannelOpenIdMetadataUrl:
          'https://login.botframework.azure.us/v1/.well-known/openidconfiguration',
      }),
    ).rejects.toThrow(/ToChannelFromBotLoginUrl: required with ToBotFromChannelOpenIdMetadataUrl/);
  });

  it('asks for ValidateAuthority=false when the login host is not one MSAL knows', async () => {
    const endpoints = {
      ToBotFromChannelOpenIdMetadataUrl: 'https://bf.example.com/v1/.well-known/openidconfiguration',
      ToBotFromChannelTokenIssuer: 'https://api.botframework.example.com',
      ToChannelFromBotLoginUrl: 'https://login.example.com/contoso.onmicrosoft.com',
      ToChannelFromBotOAuthScope: 'https://api.botframework.example.com',
    };
    await expect(
      startApp({ MICROSOFT_APP_ID: GUID, MICROSOFT_APP_PASSWORD: 'p', ...endpoints }),
    ).rejects.toThrow(/ValidateAuthority: must be false for the login host login.example.com/);
    expect(
      await teamsState({
        MICROSOFT_APP_ID: GUID,
        MICROSOFT_APP_PASSWORD: 'p',
        ValidateAuthority: 'false',
        ...endpoints,
      }),
    ).toEqual({ on: true });
  });
});
