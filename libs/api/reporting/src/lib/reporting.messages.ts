import { registerMessages } from '@bina-pustaka/api-platform';

export const reportingMessages = {
  id: {
    'validation.date': '{field} harus berupa tanggal, misalnya 2026-11-25.',
    'validation.dateRange': '{field} tidak boleh lebih awal dari tanggal mulai.',
    'validation.visitRange': 'Laporan kunjungan mencakup paling lama satu tahun. Persempit rentang tanggalnya.',
    'validation.visitPath': '{field} harus berupa alamat halaman yang diawali "/".',
    'validation.dashboardCustomRange': 'Untuk periode kustom, isi tanggal mulai dan tanggal akhir.',
    'validation.dashboardToOnlyCustom':
      'Tanggal akhir hanya dipakai untuk periode kustom. Pilih periode kustom atau kosongkan tanggal akhir.',
    'validation.dashboardRange': 'Dasbor mencakup paling lama dua tahun. Persempit rentang tanggalnya.',
    'reporting.noInstitution':
      'Akun Anda belum terhubung dengan instansi, sehingga dasbor instansi tidak dapat ditampilkan. Hubungi admin.',
    'reporting.otherInstitution': 'Anda hanya dapat melihat angka pustakawan dari instansi Anda sendiri.',
    'reporting.jpReminderSubject': 'Pengingat target JP tahun {year}',
    'reporting.jpReminderGreeting': 'Yth. {name},',
    'reporting.jpReminderBody':
      'Hingga hari ini Anda telah mengumpulkan {jp} dari target {target} JP untuk tahun {year}. Mari penuhi target tersebut dengan mengikuti pelatihan, webinar, atau acara yang tersedia.',
    'reporting.jpReminderAction': 'Lihat pembelajaran saya',
  },
  en: {
    'validation.date': '{field} must be a date, for example 2026-11-25.',
    'validation.dateRange': '{field} must not be earlier than the start date.',
    'validation.visitRange': 'A visits report covers one year at most. Please choose a shorter range.',
    'validation.visitPath': '{field} must be a page path starting with "/".',
    'validation.dashboardCustomRange': 'For a custom period, please fill in both the start and the end date.',
    'validation.dashboardToOnlyCustom':
      'An end date is used only for a custom period. Choose the custom period or leave the end date empty.',
    'validation.dashboardRange': 'The dashboard covers two years at most. Please choose a shorter range.',
    'reporting.noInstitution':
      'Your account is not linked to an institution, so an institution dashboard cannot be shown. Please contact an admin.',
    'reporting.otherInstitution': "You can only see the figures of your own institution's librarians.",
    'reporting.jpReminderSubject': 'Reminder of the {year} JP target',
    'reporting.jpReminderGreeting': 'Dear {name},',
    'reporting.jpReminderBody':
      'So far you have earned {jp} of the {target} JP target for {year}. Reach it by taking the courses, webinars or events on offer.',
    'reporting.jpReminderAction': 'See my learning',
  },
};

registerMessages(reportingMessages);
