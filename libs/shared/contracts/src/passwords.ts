// Entry point '@bina-pustaka/shared-contracts/passwords': the common-password check with
// its 10,000-entry list. Apart from the main entry so that no page downloads the list
// unless it asks for a new password (the web forms load it when someone types one).
export { isCommonPassword } from './lib/passwords/common-password';
