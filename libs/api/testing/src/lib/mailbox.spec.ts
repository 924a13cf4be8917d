import { linkIn, type ReceivedMail } from './mailbox';

describe('linkIn', () => {
  const mail = (text: string): ReceivedMail => ({
    to: ['a@b.id'],
    subject: 'Undangan',
    text,
    html: '',
    headers: {},
    attachments: [],
    receivedAt: new Date(),
  });

  it('finds the one-time link and its token', () => {
    const found = linkIn(mail('Terima undangan: http://bina-pustaka.test/undangan#token=Ab_c-9\n'), '/undangan');
    expect(found).toEqual({ url: 'http://bina-pustaka.test/undangan#token=Ab_c-9', token: 'Ab_c-9' });
  });

  it('says which link is missing', () => {
    expect(() => linkIn(mail('Halo'), '/atur-ulang-sandi')).toThrow('No /atur-ulang-sandi link in the mail "Undangan"');
  });
});
