import {
  acceptInvitationRequestSchema,
  changePasswordRequestSchema,
  createInstitutionRequestSchema,
  indonesianPhoneSchema,
  inviteUserRequestSchema,
  loginRequestSchema,
  resetPasswordRequestSchema,
} from './identity.schemas';

describe('identity request schemas', () => {
  it('normalises emails to trimmed lower case', () => {
    expect(loginRequestSchema.parse({ email: '  Dewi.Lestari@Perpustakaan.TEST ', password: 'x' }).email).toBe(
      'dewi.lestari@perpustakaan.test',
    );
  });

  it('refuses unknown fields', () => {
    expect(loginRequestSchema.safeParse({ email: 'a@b.id', password: 'x', remember: true }).success).toBe(false);
  });

  it.each([
    ['Literasi-2026', true],
    ['perpustakaan1', false],
    ['perpustakaan123', false],
    ['Password123', false],
    ['1234567890', false],
    ['rak buku di sudut baca', true],
    ['abcdefghijkl', true],
    ['Pendek1', false],
  ])('accepts %s as a new password: %s', (password, ok) => {
    const result = acceptInvitationRequestSchema.safeParse({
      token: 't'.repeat(43),
      fullName: 'Ayu Pratiwi',
      password,
    });
    expect(result.success).toBe(ok);
  });

  it('says why a common password is refused, on every schema that sets one', () => {
    const refusal = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
      result.error?.issues.map((issue) => issue.message);
    expect(
      refusal(
        acceptInvitationRequestSchema.safeParse({
          token: 't'.repeat(43),
          fullName: 'Ayu',
          password: 'perpustakaan123',
        }),
      ),
    ).toContain('validation.passwordCommon');
    expect(refusal(resetPasswordRequestSchema.safeParse({ token: 't'.repeat(43), password: 'Password123' }))).toEqual([
      'validation.passwordCommon',
    ]);
    expect(
      refusal(changePasswordRequestSchema.safeParse({ currentPassword: 'x', newPassword: 'bismillah2026' })),
    ).toEqual(['validation.passwordCommon']);
  });

  it('takes an 18-digit NIP or none', () => {
    const base = { token: 't'.repeat(43), fullName: 'Ayu Pratiwi', password: 'Literasi-2026' };
    expect(acceptInvitationRequestSchema.safeParse({ ...base, nip: '199001012015032001' }).success).toBe(true);
    expect(acceptInvitationRequestSchema.safeParse({ ...base, nip: null }).success).toBe(true);
    expect(acceptInvitationRequestSchema.safeParse({ ...base, nip: '1990-0101' }).success).toBe(false);
  });

  it('removes repeated roles and needs at least one', () => {
    const invite = { email: 'a@b.id', fullName: 'Budi Santoso' };
    expect(inviteUserRequestSchema.parse({ ...invite, roles: ['learner', 'trainer', 'learner'] }).roles).toEqual([
      'learner',
      'trainer',
    ]);
    expect(inviteUserRequestSchema.safeParse({ ...invite, roles: [] }).success).toBe(false);
  });

  it.each([
    ['0812-3456-7890', '081234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['(021) 555.1234', '0215551234'],
  ])('keeps the digits of the phone number %s', (phone, digits) => {
    expect(indonesianPhoneSchema.parse(phone)).toBe(digits);
  });

  it.each(['12345', '+1 202 555 0100', '0812abc4567', '62812345678'])('refuses %s as a phone number', (phone) => {
    expect(indonesianPhoneSchema.safeParse(phone).error?.issues[0]?.message).toBe('validation.phone');
  });

  it('needs a kind for an institution and takes only http(s) websites', () => {
    const partner = { name: 'Universitas Negeri Malang', kind: 'university' };
    expect(createInstitutionRequestSchema.safeParse(partner).success).toBe(true);
    expect(createInstitutionRequestSchema.safeParse({ ...partner, kind: 'company' }).success).toBe(false);
    expect(createInstitutionRequestSchema.safeParse({ name: partner.name }).success).toBe(false);
    const website = (url: string) => createInstitutionRequestSchema.safeParse({ ...partner, website: url });
    expect(website('https://um.ac.id').success).toBe(true);
    expect(website('javascript:alert(1)').error?.issues[0]?.message).toBe('validation.url');
  });
});
