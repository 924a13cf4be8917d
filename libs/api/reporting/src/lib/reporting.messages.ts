import { registerMessages } from '@bina-pustaka/api-platform';

export const reportingMessages = {
  id: {
    'validation.date': '{field} harus berupa tanggal, misalnya 2026-11-25.',
    'validation.dateRange': '{field} tidak boleh lebih awal dari tanggal mulai.',
    'validation.visitRange': 'Laporan kunjungan mencakup paling lama satu tahun. Persempit rentang tanggalnya.',
    'validation.visitPath': '{field} harus berupa alamat halaman yang diawali "/".',
  },
  en: {
    'validation.date': '{field} must be a date, for example 2026-11-25.',
    'validation.dateRange': '{field} must not be earlier than the start date.',
    'validation.visitRange': 'A visits report covers one year at most. Please choose a shorter range.',
    'validation.visitPath': '{field} must be a page path starting with "/".',
  },
};

registerMessages(reportingMessages);
