// First: no schema may be built before zod is told not to try eval (see the module).
import '../../utils/browser/zod-jitless';
import { batch, signal } from '@preact/signals';
import { render } from 'preact';
import { ClipboardContext } from '../../components/common/clipboard-context';
import { LocalizedRoot } from '../../components/common/LocalizedRoot';
import { TeamDirectory, type DirectoryState } from '../../components/directory/TeamDirectory';
import { TeamNavigationContext } from '../../components/directory/team-navigation';
import '../../components/styles/directory.css';
import { localizePage } from '../../utils/browser/localized-page';
import { directoryMessages } from '../../utils/i18n/directory-messages';
import { followRegistry } from '../../utils/report/client';
import { defaultSettings, type Settings } from '../../utils/settings/settings';
import { loadSettings, watchSettings } from '../../utils/settings/settings-item';
import { searchTeams, teamIdFromAddress } from '../../utils/view/directory';

// The team directory (directory.html): an unlisted extension page, opened from the popup, the
// options page and the side panel's footer; `?team=team:…` or `#team:…` opens it at one team.

const settings = signal<Settings>(defaultSettings);
void loadSettings().then((value) => (settings.value = value));
watchSettings((value) => (settings.value = value));

// The directory's own messages (i18n/directory/) come with the main group; no other page bundles them.
const { translator, ready } = localizePage(settings, 'wayfinder-directory-title', [directoryMessages]);

const state = signal<DirectoryState>({ status: 'loading' });
const query = signal('');
const highlighted = signal<string | null>(teamIdFromAddress(location.search, location.hash));
const focusRequest = signal(0);
const now = new Date();

/** Shows one team's card: highlighted, focused, and not hidden by the search. */
const showTeam = (teamId: string) => {
  const current = state.value;
  if (current.status !== 'ready' || !current.prepared.teams.has(teamId)) return;
  batch(() => {
    if (!searchTeams(current.prepared, query.value).some((team) => team.id === teamId)) query.value = '';
    highlighted.value = teamId;
    focusRequest.value += 1;
  });
};

// Links inside the page change the fragment; so do the back button and a typed address.
window.addEventListener('hashchange', () => {
  const teamId = teamIdFromAddress('', location.hash);
  if (teamId !== null) showTeam(teamId);
});

// Redrawn when the stored registry changes; a failed read after a good one keeps the good one.
followRegistry(
  (loaded) => {
    const first = state.value.status !== 'ready';
    state.value = { status: 'ready', prepared: loaded.prepared };
    if (first && highlighted.value !== null) showTeam(highlighted.value);
  },
  () => {
    if (state.value.status !== 'ready') state.value = { status: 'failed' };
  },
);

const copyText = (text: string) => navigator.clipboard.writeText(text);

function Root() {
  return (
    <LocalizedRoot translator={translator}>
      <ClipboardContext.Provider value={copyText}>
        <TeamNavigationContext.Provider value={{ highlighted: highlighted.value, focusRequest: focusRequest.value, onNavigate: showTeam }}>
          <TeamDirectory state={state.value} query={query.value} onQuery={(next) => (query.value = next)} now={now} />
        </TeamNavigationContext.Provider>
      </ClipboardContext.Provider>
    </LocalizedRoot>
  );
}

void ready.then(() => render(<Root />, document.getElementById('app')!));
