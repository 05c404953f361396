// IndexedDB for Dexie in Node: every unit test gets the in-memory implementation.
import 'fake-indexeddb/auto';
