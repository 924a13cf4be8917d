import { registerMessages } from '@bina-pustaka/api-platform';

/** The events part's sentences; the validation.event* keys are the contract schemas' (event.schemas.ts). */
export const eventMessages = {
  id: {
    'validation.eventTime': 'Tulis jam sebagai JJ:MM, misalnya 09:30.',
    'validation.eventDayOrder': 'Waktu selesai harus setelah waktu mulai.',
    'validation.eventDaysOverlap':
      'Hari-hari acara tidak boleh bertumpuk: setiap hari dimulai setelah hari sebelumnya selesai.',
    'validation.eventVenueRequired': 'Acara tatap muka dan hibrida memerlukan tempat dan alamatnya.',
    'validation.eventRegistrationOrder': 'Pendaftaran harus ditutup setelah dibuka.',
    'validation.eventRegistrationAfterEnd': 'Pendaftaran harus ditutup sebelum acara berakhir.',
    'validation.eventQuestionIdsUnique': 'Setiap pertanyaan pendaftaran memerlukan kode yang berbeda.',
    'validation.eventQuestionId':
      'Kode pertanyaan hanya boleh berisi huruf kecil, angka, dan tanda hubung (paling banyak 20).',
    'validation.eventQuestionOptions':
      'Pertanyaan pilihan memerlukan sedikitnya dua pilihan; pertanyaan isian tidak memakai pilihan.',
    'validation.eventCreditedHours': 'Jam yang diakui hanya untuk fasilitator yang memiliki akun di Bina Pustaka.',
    'validation.eventNothingToChange': 'Tidak ada yang diubah.',
    'validation.whatsapp': 'Tulis nomor WhatsApp Indonesia, misalnya 0812 3456 7890.',
    'validation.eventConsent': 'Setujui penggunaan data Anda untuk acara ini agar dapat mendaftar.',
    'validation.eventToken': 'Tautan ini tidak lengkap. Buka lagi tautan dari email Anda.',
    'validation.eventTicketCode': 'Kode tiket ini tidak dapat dibaca.',
    'validation.eventCheckInTarget':
      'Setiap presensi memakai kode tiket atau pendaftaran yang dipilih, salah satu saja.',
    'event.notFound': 'Acara ini tidak ditemukan.',
    'event.walkInEmailRegistered':
      'Email ini sudah terdaftar untuk acara ini. Cari namanya di daftar hadir untuk mencatat kehadirannya.',
    'event.liveTooFast': 'Terlalu banyak permintaan pembaruan langsung. Silakan tunggu sebentar.',
    'event.liveTooManyEvents': 'Anda sudah memantau {max} acara secara langsung. Tutup beberapa tab, lalu coba lagi.',
    'event.liveFailed':
      'Jumlah kehadiran langsung tidak dapat dijalankan. Muat ulang halaman untuk melihat yang terbaru.',
  },
  en: {
    'validation.eventTime': 'Write the time as HH:MM, e.g. 09:30.',
    'validation.eventDayOrder': 'The end must be after the start.',
    'validation.eventDaysOverlap': "The event's days must not overlap: each day starts after the one before has ended.",
    'validation.eventVenueRequired': 'An in-person or hybrid event needs a venue and its address.',
    'validation.eventRegistrationOrder': 'Registration must close after it opens.',
    'validation.eventRegistrationAfterEnd': 'Registration must close before the event ends.',
    'validation.eventQuestionIdsUnique': 'Each registration question needs a different code.',
    'validation.eventQuestionId': 'A question code may hold only lowercase letters, digits and hyphens (at most 20).',
    'validation.eventQuestionOptions': 'A choice question needs at least two options; a text question takes none.',
    'validation.eventCreditedHours': 'Hours can be credited only to a facilitator with a Bina Pustaka account.',
    'validation.eventNothingToChange': 'Nothing was changed.',
    'validation.whatsapp': 'Write an Indonesian WhatsApp number, e.g. 0812 3456 7890.',
    'validation.eventConsent': 'Agree to the use of your data for this event to register.',
    'validation.eventToken': 'This link is incomplete. Open the link from your email again.',
    'validation.eventTicketCode': 'This ticket code cannot be read.',
    'validation.eventCheckInTarget': 'Each check-in names a ticket code or a chosen registration, not both.',
    'event.notFound': 'This event was not found.',
    'event.walkInEmailRegistered':
      'This email is already registered for this event. Find the name in the roster to check them in.',
    'event.liveTooFast': 'Too many live update requests. Please wait a moment.',
    'event.liveTooManyEvents': 'You already watch {max} events live. Close some tabs, then try again.',
    'event.liveFailed': 'Live arrival counts could not be started. Reload the page to see the latest.',
  },
};

registerMessages(eventMessages);
