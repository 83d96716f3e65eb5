/**
 * electron-builder's afterPack hook: runs for every app it packs, before the app becomes a dmg,
 * an nsis installer, an AppImage or a deb, and before signing. An app whose native modules are
 * not built for its own executable (a missing keychain binding above all) stops the build, so
 * no installer is made from it.
 */
const { basename } = require('node:path');
const { register } = require('tsx/cjs/api');
const { Arch } = require('electron-builder');

// electron-builder's architecture names, as Node and the binary headers name them.
const ARCHS = { x64: 'x64', arm64: 'arm64', ia32: 'ia32', armv7l: 'arm', universal: 'x64+arm64' };

exports.default = async function afterPack(context) {
  const unregister = register();
  try {
    const { appNames, appPassed, checkPackedApp, formatReport, packedAppAt, targetName } = require('./packed-apps.ts');
    const projectDir = context.packager.projectDir;
    const platform = context.electronPlatformName === 'mas' ? 'darwin' : context.electronPlatformName;
    const expected = `${platform}-${ARCHS[Arch[context.arch]] ?? Arch[context.arch]}`;
    const app = packedAppAt(context.appOutDir, basename(context.appOutDir), appNames(projectDir));
    if (!app) throw new Error(`afterPack: no packed app in ${context.appOutDir}`);
    const report = checkPackedApp(app);
    for (const line of formatReport(report)) console.log(line);
    const actual = report.executable ? targetName(report.executable) : 'unknown';
    if (!appPassed(report) || actual !== expected) {
      throw new Error(`${app.name} (${expected}, executable ${actual}) would ship without matching native modules`);
    }
  } finally {
    unregister();
  }
};
