import { GateScreen } from '../gate/GateScreen.tsx';
import { Header } from './Header.tsx';
import { UpdateBanner } from './UpdateBanner.tsx';

/** The app shell: header, update offer and the gate screen. */
export function App() {
  return (
    <div class="shell">
      <Header />
      <UpdateBanner />
      <GateScreen />
    </div>
  );
}
