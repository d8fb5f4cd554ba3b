// The process diagram of one case, as Camunda Cockpit shows it: bpmn-js's NavigatedViewer (zoom and pan, no
// editing) draws the deployed BPMN, the current activities are highlighted and the passed ones marked. The server
// hands over the XML and the activity ids (ProcessDiagramController); this element only draws them, so it fits any
// process definition. Light DOM on purpose: bpmn-js's stylesheets and our markers are global CSS.
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';

const STYLE_ID = 'jixiao-process-diagram-style';
const STYLE = `
jixiao-process-diagram { display: block; position: relative; height: 320px; min-height: 200px;
  border: 1px solid var(--lumo-contrast-10pct, #ddd); border-radius: var(--lumo-border-radius-m, 4px);
  background: var(--lumo-base-color, #fff); overflow: hidden; }
jixiao-process-diagram .jx-canvas { position: absolute; inset: 0; }
jixiao-process-diagram .jx-message { padding: 12px; color: var(--lumo-secondary-text-color, #666); }
jixiao-process-diagram .djs-element.jx-current .djs-visual > :first-child {
  stroke: #1a73e8 !important; stroke-width: 3px !important; fill: #e3effd !important; }
jixiao-process-diagram .djs-element.jx-passed .djs-visual > :first-child {
  stroke: #2e7d32 !important; fill: #edf7ee !important; }
jixiao-process-diagram .djs-element.jx-passed .djs-visual > text,
jixiao-process-diagram .djs-element.jx-current .djs-visual > text { fill: #1f2933 !important; }
`;

function ids(text) {
  return (text || '').split(',').map(s => s.trim()).filter(s => s.length > 0);
}

class JixiaoProcessDiagram extends HTMLElement {
  constructor() {
    super();
    this._xml = null;
    this._current = '';
    this._passed = '';
    this._errorText = '';
  }

  connectedCallback() {
    if (!document.getElementById(STYLE_ID)) {
      const style = document.createElement('style');
      style.id = STYLE_ID;
      style.textContent = STYLE;
      document.head.appendChild(style);
    }
    // Properties Vaadin set before this class was defined sit on the instance and hide the setters.
    for (const name of ['xml', 'current', 'passed', 'errorText']) {
      if (Object.prototype.hasOwnProperty.call(this, name)) {
        const value = this[name];
        delete this[name];
        this[name] = value;
      }
    }
    if (!this._canvas) {
      this._canvas = document.createElement('div');
      this._canvas.className = 'jx-canvas';
      this.appendChild(this._canvas);
      this._viewer = new NavigatedViewer({ container: this._canvas });
    }
    this._schedule();
  }

  disconnectedCallback() {
    if (this._viewer) {
      this._viewer.destroy();
      this._viewer = null;
      this._canvas.remove();
      this._canvas = null;
    }
  }

  set xml(value) { this._xml = value; this._schedule(); }
  get xml() { return this._xml; }
  set current(value) { this._current = value || ''; this._schedule(); }
  get current() { return this._current; }
  set passed(value) { this._passed = value || ''; this._schedule(); }
  get passed() { return this._passed; }
  set errorText(value) { this._errorText = value || ''; }
  get errorText() { return this._errorText; }

  // One render per burst of property changes (Vaadin sends them together).
  _schedule() {
    if (this._pending || !this._viewer) {
      return;
    }
    this._pending = true;
    queueMicrotask(() => {
      this._pending = false;
      this._render();
    });
  }

  async _render() {
    const viewer = this._viewer;
    if (!viewer || !this._xml) {
      return;
    }
    this.removeAttribute('rendered');
    this.querySelectorAll('.jx-message').forEach(m => m.remove());
    try {
      await viewer.importXML(this._xml);
    } catch (e) {
      this._fail(e);
      return;
    }
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    const current = ids(this._current);
    for (const id of ids(this._passed)) {
      if (registry.get(id) && !current.includes(id)) {
        canvas.addMarker(id, 'jx-passed');
      }
    }
    let highlighted = 0;
    for (const id of current) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'jx-current');
        highlighted++;
      }
    }
    canvas.zoom('fit-viewport', 'auto');
    this.setAttribute('highlighted', String(highlighted));
    this.setAttribute('rendered', '');
    this.dispatchEvent(new CustomEvent('diagram-rendered', { detail: { highlighted } }));
  }

  _fail(error) {
    console.warn('process diagram', error);
    const message = document.createElement('div');
    message.className = 'jx-message';
    message.textContent = this._errorText || String(error && error.message || error);
    this.appendChild(message);
  }
}

if (!customElements.get('jixiao-process-diagram')) {
  customElements.define('jixiao-process-diagram', JixiaoProcessDiagram);
}
