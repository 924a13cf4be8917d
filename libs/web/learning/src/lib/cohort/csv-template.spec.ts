import { enrolmentCsvTemplate, enrolmentCsvTemplateBlob, hasEmailHeader } from './csv-template';

describe('enrolment CSV template', () => {
  it('has the header the api reads and one example row', () => {
    const lines = enrolmentCsvTemplate().trimEnd().split('\r\n');
    expect(lines[0]).toBe('email,nama,nip');
    expect(lines).toHaveLength(2);
    expect(lines[1].split(',')).toHaveLength(3);
    expect(hasEmailHeader(enrolmentCsvTemplate())).toBe(true);
  });

  it('is offered as a CSV file', () => {
    expect(enrolmentCsvTemplateBlob().type).toBe('text/csv;charset=utf-8');
  });

  it('recognises a header with an email column, in any case, quoted or after a BOM', () => {
    expect(hasEmailHeader('\uFEFF"Email";Nama\nx@y.id;X')).toBe(true);
    expect(hasEmailHeader('nama,nip\nX,1')).toBe(false);
    expect(hasEmailHeader('')).toBe(false);
  });
});
