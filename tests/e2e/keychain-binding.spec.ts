import { KeyringSecretStore } from '../../src/main/credentials/keyring-secret-store';
import { keyringWithoutBinding } from '../support/keyring-without-binding';
import { expect, snapshot, test } from './fixtures';

// The window of an app whose keychain binding cannot load (e.g. an installer for the other
// Mac architecture): the real library fails to find its binding behind the real runtime.
const library = keyringWithoutBinding();
test.afterAll(() => library.dispose());
const secretStore = () => new KeyringSecretStore({ loadLibrary: library.load, platform: 'darwin', arch: 'x64' });

test.describe('in English', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, secretStore: secretStore() } });

  test('the first run says the keychain cannot be used and why, and offers demo mode, not a key form', async ({
    page,
    harness,
  }) => {
    await page.goto(harness.bridge.url);
    const problem = page.getByTestId('keychain-problem');
    await expect(problem).toContainText('The system keychain cannot be used:');
    await expect(problem).toContainText(
      'Danlu could not load its connection to the system keychain on this computer (macOS, Intel (x64))',
    );
    await expect(problem).toContainText('Danlu runs in demo mode');
    await expect(page.getByTestId('key-id')).toHaveCount(0);
    // No promise of a key form in Settings that the keychain cannot back.
    await expect(page.getByTestId('demo-later')).toHaveText(
      'To use your account later, set the two environment variables or make the keychain work, then restart Danlu.',
    );
    await snapshot(page, 'first-run-no-keychain-en');

    await page.getByTestId('continue-demo').click();
    await expect(page.getByTestId('demo-banner')).toContainText('Demo — nothing is bought');
    await expect(page.getByTestId('demo-reason')).toContainText('could not load its connection to the system keychain');
    await page.getByTestId('nav-settings').click();
    await expect(page.getByTestId('keychain-problem')).toContainText(
      'Installing the Danlu build made for this computer',
    );
  });
});

test.describe('in Chinese', () => {
  test.use({ harnessOptions: { demo: { speed: 30 }, locale: 'zh-CN', secretStore: secretStore() } });

  test('the same message, in Chinese', async ({ page, harness }) => {
    await page.goto(harness.bridge.url);
    const problem = page.getByTestId('keychain-problem');
    await expect(problem).toContainText('无法使用系统钥匙串：');
    await expect(problem).toContainText('丹炉无法在这台电脑（macOS，Intel（x64））上加载系统钥匙串组件');
    await expect(problem).toContainText('丹炉将以演示模式运行');
    await expect(page.getByTestId('demo-later')).toHaveText(
      '之后若要使用你的账号，请设置这两个环境变量或修复钥匙串，然后重启丹炉。',
    );
    await snapshot(page, 'first-run-no-keychain-zh');
    await page.getByTestId('continue-demo').click();
    await expect(page.getByTestId('demo-reason')).toContainText('安装为这台电脑构建的丹炉版本即可解决');
  });
});
