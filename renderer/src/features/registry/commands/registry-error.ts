/** Input problems in registry edits, with a stable code the UI translates. */
export class RegistryInputError extends Error {
  constructor(
    readonly code: 'no-name' | 'bad-country' | 'bad-kind' | 'bad-origin' | 'bad-type' | 'no-categories' | 'not-found' | 'same' | 'name-taken' | 'bad-color',
    message: string,
  ) {
    super(message);
    this.name = 'RegistryInputError';
  }
}
