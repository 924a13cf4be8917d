import { translate } from '@bina-pustaka/api-platform';
import { ROLES } from '@bina-pustaka/shared-contracts';
import { identityMessages } from './identity.messages';
import { invitationMail } from './services/identity-mails';

describe('identity messages and mails', () => {
  it('define the same keys in Indonesian and English', () => {
    expect(Object.keys(identityMessages.en).sort()).toEqual(Object.keys(identityMessages.id).sort());
  });

  it('name every role in both languages', () => {
    for (const role of ROLES) {
      expect(translate('id', `roles.${role}`)).not.toBe(`roles.${role}`);
      expect(translate('en', `roles.${role}`)).not.toBe(`roles.${role}`);
    }
  });

  it('write an invitation with the link in text and HTML, escaping names', () => {
    const mail = invitationMail({
      locale: 'id',
      to: 'ayu@uji.test',
      fullName: 'Ayu <b>Pratiwi</b>',
      roles: ['learner', 'trainer'],
      inviterName: 'Rina Marlina',
      link: 'https://pelatihan.example.go.id/undangan#token=abc',
      expiresAt: new Date('2026-12-02T07:00:00Z'),
    });
    expect(mail.subject).toBe('Undangan bergabung di Bina Pustaka');
    expect(mail.text).toContain('Rina Marlina mengundang Anda bergabung di Bina Pustaka');
    expect(mail.text).toContain('sebagai Peserta, Pelatih.');
    expect(mail.text).toContain('Tautan ini berlaku sampai 2 Desember 2026, 14.00 WIB.');
    expect(mail.text).toContain('https://pelatihan.example.go.id/undangan#token=abc');
    expect(mail.html).toContain('Ayu &#60;b&#62;Pratiwi&#60;/b&#62;');
    expect(mail.html).not.toContain('<b>Pratiwi');
  });
});
