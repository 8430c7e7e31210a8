import { useEffect } from 'preact/hooks';
import { GateScreen } from '../gate/GateScreen.tsx';
import { loadGateSettings } from '../gate/shift-state.ts';
import { loadRiskList } from '../shared/risk-state.ts';
import { loadTrustState } from '../shared/trust-state.ts';
import { onListsPulled } from '../sync/puller.ts';
import { ensurePusher } from '../sync/pusher.ts';
import { Header } from './Header.tsx';
import { lazyScreen } from './lazy-screen.tsx';
import { route } from './router.ts';
import { UpdateBanner } from './UpdateBanner.tsx';

// The gate loads with the app; the other screens when first opened.
const DeviceScreen = lazyScreen(() => import('../device/DeviceScreen.tsx').then((m) => m.DeviceScreen));
const RegisterScreen = lazyScreen(() =>
  import('../register/RegisterScreen.tsx').then((m) => m.RegisterScreen),
);
const ManageScreen = lazyScreen(() =>
  import('../manage/console/ManageScreen.tsx').then((m) => m.ManageScreen),
);

/** The screen for the current route. */
function Screen() {
  switch (route.value) {
    case '/settings':
      return <DeviceScreen />;
    case '/register':
      return <RegisterScreen />;
    // Printing cards and the registration poster are part of the console: same PIN, same session.
    case '/print':
    case '/poster':
    case '/manage':
      return <ManageScreen />;
    default:
      return <GateScreen />;
  }
}

/** Reads what the gate decides by (the console and the device screen show it too). */
function loadGateState(): void {
  void loadTrustState().catch(() => undefined);
  void loadGateSettings().catch(() => undefined);
  void loadRiskList().catch(() => undefined);
}

// The office's new policy, trust list or risk list, pulled from the hub: the gate decides by it
// from the next check.
onListsPulled((lists) => {
  if (lists.has('trust')) void loadTrustState().catch(() => undefined);
  if (lists.has('policy')) void loadGateSettings().catch(() => undefined);
  if (lists.has('risk')) void loadRiskList().catch(() => undefined);
});

/** The app shell: header, update offer and the current screen. */
export function App() {
  // At start, and again on the way to and from the gate: the console may have changed the rules.
  const atGate = route.value === '/';
  useEffect(loadGateState, [atGate]);
  // A connected tablet or office PC pushes and pulls on every screen of its own (a revocation
  // made in the console goes out at once); never on a person's phone opening /register, whose
  // browser keeps no gate database.
  const onPhone = route.value === '/register';
  useEffect(() => {
    if (!onPhone) ensurePusher();
  }, [onPhone]);
  return (
    <div class="shell">
      <Header />
      <UpdateBanner />
      <Screen />
    </div>
  );
}
