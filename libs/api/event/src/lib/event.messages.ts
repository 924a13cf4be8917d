import { registerMessages } from '@bina-pustaka/api-platform';

/** The events part's sentences; the validation.event* keys are the contract schemas' (event.schemas.ts). */
export const eventMessages = {
  id: {
    'validation.eventTime': 'Tulis jam sebagai JJ:MM, misalnya 09:30.',
    'validation.eventDayOrder': 'Waktu selesai harus setelah waktu mulai.',
    'validation.eventDaysOverlap':
      'Hari-hari acara tidak boleh bertumpuk: setiap hari dimulai setelah hari sebelumnya selesai.',
    'validation.eventVenueRequired': 'Acara tatap muka dan hibrida memerlukan tempat dan alamatnya.',
    'validation.eventWebinarInPerson': 'Acara tatap muka tidak memakai sesi webinar. Pilih format daring atau hibrida.',
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
    // Registration and tickets: errors
    'eventRegistration.notOpenYet': 'Pendaftaran acara ini belum dibuka. Pendaftaran dibuka {opens}.',
    'eventRegistration.closed': 'Pendaftaran acara ini sudah ditutup.',
    'eventRegistration.eventCancelled': 'Acara ini dibatalkan, jadi pendaftaran tidak dapat diproses.',
    'eventRegistration.ended': 'Acara ini sudah selesai.',
    'eventRegistration.duplicate': 'Email ini sudah terdaftar untuk acara ini.',
    'eventRegistration.duplicateResent':
      'Email ini sudah terdaftar untuk acara ini. Kami mengirim ulang email konfirmasinya: buka tautan di dalamnya agar kursi Anda dihitung.',
    'eventRegistration.memberDuplicate': 'Anda sudah terdaftar untuk acara ini.',
    'eventRegistration.tooMany':
      'Terlalu banyak pendaftaran dari jaringan ini dalam satu jam. Coba lagi dalam {minutes} menit.',
    'eventRegistration.answerRequired': 'Pertanyaan "{label}" wajib dijawab.',
    'eventRegistration.answerOption': 'Jawaban untuk "{label}" harus salah satu pilihan yang tersedia.',
    'eventRegistration.unknownQuestion':
      'Formulir ini memuat jawaban untuk pertanyaan yang tidak ada di acara ini. Muat ulang halaman, lalu coba lagi.',
    'eventRegistration.linkInvalid': 'Tautan ini tidak berlaku. Buka lagi tautan dari email Anda tanpa mengubahnya.',
    'eventRegistration.confirmExpired':
      'Tautan konfirmasi ini sudah kedaluwarsa (berlaku 7 hari). Daftar lagi dengan email yang sama untuk menerima tautan baru.',
    'eventRegistration.gone': 'Pendaftaran ini tidak ditemukan, atau datanya sudah dihapus.',
    'eventRegistration.cancelledBefore': 'Pendaftaran ini sudah dibatalkan. Daftar lagi bila Anda ingin hadir.',
    'eventRegistration.notRegistered': 'Anda belum terdaftar untuk acara ini.',
    'eventRegistration.registrationNotFound': 'Pendaftaran ini tidak ditemukan di acara ini.',
    // Registration: what a person is told
    'eventRegistration.unconfirmed':
      'Terima kasih. Kami mengirim email ke {email}: buka tautan di dalamnya untuk mengonfirmasi pendaftaran Anda. Kursi Anda baru dihitung setelah konfirmasi.',
    'eventRegistration.confirmed':
      'Pendaftaran Anda terkonfirmasi. Tiket dengan kode QR sudah kami kirim ke email Anda.',
    'eventRegistration.waitlisted':
      'Kursi acara ini sudah penuh. Anda berada di daftar tunggu nomor {position}; bila ada kursi yang kosong, kami mengirim tiket Anda lewat email.',
    'eventRegistration.cancelled': 'Pendaftaran sudah dibatalkan.',
    'eventRegistration.erasedName': 'Dihapus atas permintaan',
    // Registration and tickets: emails
    'eventMail.greeting': 'Halo {name},',
    'eventMail.when': 'Waktu: {when}',
    'eventMail.where': 'Tempat: {venue}',
    'eventMail.online': 'Acara ini daring: tautan masuknya ada di halaman tiket Anda.',
    'eventMail.cancelLink': 'Tidak jadi hadir? Batalkan di sini agar kursinya dapat dipakai orang lain: {url}',
    'eventMail.confirmSubject': 'Konfirmasi pendaftaran: {title}',
    'eventMail.confirmBody':
      'Terima kasih telah mendaftar untuk {title}. Buka tautan di bawah dalam 7 hari untuk mengonfirmasi pendaftaran Anda; kursi Anda baru dihitung setelah konfirmasi.',
    'eventMail.confirmIgnore': 'Bila Anda tidak merasa mendaftar, abaikan email ini.',
    'eventMail.confirmAction': 'Konfirmasi pendaftaran',
    'eventMail.ticketSubject': 'Tiket Anda: {title}',
    'eventMail.ticketBody': 'Pendaftaran Anda untuk {title} sudah terkonfirmasi.',
    'eventMail.promotedSubject': 'Kursi Anda tersedia: {title}',
    'eventMail.promotedBody':
      'Kabar baik: ada kursi yang kosong untuk {title}, dan Anda yang berikutnya di daftar tunggu. Kursi itu sekarang milik Anda.',
    'eventMail.ticketShow':
      'Tunjukkan kode QR di bawah ini kepada petugas di pintu masuk. Jadwal acara terlampir untuk kalender Anda.',
    'eventMail.ticketAction': 'Buka tiket',
    'eventMail.qrAlt': 'Kode QR tiket Anda',
    'eventMail.waitlistSubject': 'Daftar tunggu: {title}',
    'eventMail.waitlistBody':
      'Kursi {title} sudah penuh, jadi Anda berada di daftar tunggu nomor {position}. Bila ada kursi yang kosong, kursi itu otomatis menjadi milik Anda sesuai urutan, dan kami mengirim tiket Anda lewat email.',
    'eventMail.waitlistAction': 'Lihat status pendaftaran',
    'eventMail.closing': 'Salam,',
    'eventMail.cancelledByOrganiserSubject': 'Pendaftaran Anda dibatalkan: {title}',
    'eventMail.cancelledByOrganiserBody':
      'Dengan hormat kami sampaikan bahwa penyelenggara telah membatalkan pendaftaran Anda untuk {title}. Mohon maaf atas ketidaknyamanan ini.',
    'eventMail.cancelledByOrganiserHelp':
      'Bila menurut Anda pembatalan ini keliru, silakan hubungi penyelenggara, atau daftar kembali selama pendaftaran masih dibuka.',
    'eventMail.cancelledByOrganiserAction': 'Lihat acara',
    'event.certificatesNotPublished':
      'Sertifikat hanya dapat diterbitkan untuk acara yang sudah diumumkan dan tidak dibatalkan.',
    'event.certificatesBeforeEnd': 'Sertifikat dapat diterbitkan setelah acara selesai.',
    'eventExport.sheet': 'Kehadiran',
    'eventExport.name': 'Nama',
    'eventExport.affiliation': 'Instansi',
    'eventExport.email': 'Email',
    'eventExport.whatsapp': 'WhatsApp',
    'eventExport.status': 'Status pendaftaran',
    'eventExport.checkedInAt': 'Waktu hadir',
    'eventExport.method': 'Cara presensi',
    'eventExport.onlineMinutes': 'Menit daring',
    'eventExport.status.unconfirmed': 'Belum dikonfirmasi',
    'eventExport.status.confirmed': 'Terkonfirmasi',
    'eventExport.status.waitlisted': 'Daftar tunggu',
    'eventExport.status.cancelled': 'Dibatalkan',
    'eventExport.method.scan': 'Pindai kode QR',
    'eventExport.method.search': 'Cari nama',
    'eventExport.method.walk-in': 'Datang langsung',
    'event.seriesNotFound': 'Seri acara tidak ditemukan.',
    'event.unknownPerson': 'Ada orang atau penyelenggara yang tidak ditemukan di Bina Pustaka. Pilih lagi dari daftar.',
    'event.unknownPartner': 'Ada mitra yang tidak ditemukan. Pilih lagi dari daftar lembaga.',
    'event.capacityBelowConfirmed':
      'Kapasitas tidak boleh kurang dari {confirmed} kursi yang sudah dikonfirmasi pendaftar.',
    'event.cancelledReadOnly': 'Acara ini sudah dibatalkan dan tidak dapat diubah lagi.',
    'event.deleteDraftOnly':
      'Hanya draf yang dapat dihapus. Acara yang sudah diterbitkan dibatalkan saja, agar pendaftarnya diberi tahu.',
    'event.publishCancelled': 'Acara yang sudah dibatalkan tidak dapat diterbitkan lagi.',
    'event.publishIncomplete': 'Lengkapi tujuan penggunaan data dan sedikitnya satu hari acara sebelum menerbitkannya.',
    'event.cancelDraft': 'Draf ini belum diterbitkan: hapus saja bila acaranya tidak jadi diadakan.',
    'event.webinarSessionNotManaged': 'Pilih sesi webinar yang Anda kelola sebagai ruang acara ini.',
    'event.webinarSessionTaken': 'Sesi webinar ini sudah menjadi ruang acara lain. Pilih sesi lain.',
    'event.webinarAlreadyOpened':
      'Ruang webinar acara ini sudah dibuka, jadi acaranya tidak dapat lagi diubah menjadi tatap muka atau dipindah ke sesi lain.',
    'event.coverMissing': 'Pilih gambar sampul untuk diunggah.',
    'event.coverTooLarge': 'Gambar sampul paling besar {limit}.',
    'event.coverWrongType': 'Sampul harus berupa gambar PNG, JPEG, atau WebP.',
    'event.coverNotFound': 'Gambar sampul tidak ditemukan.',
    'event.cancelledSubject': 'Acara dibatalkan: {title}',
    'event.cancelledGreeting': 'Yth. {name},',
    'event.cancelledBody':
      'Dengan menyesal kami memberitahukan bahwa acara "{title}" yang dijadwalkan pada {when} dibatalkan oleh penyelenggara.',
    'event.cancelledApology':
      'Anda tidak perlu melakukan apa pun. Mohon maaf atas ketidaknyamanan ini, dan terima kasih atas minat Anda.',
    'event.cancelledAction': 'Lihat halaman acara',
  },
  en: {
    'validation.eventTime': 'Write the time as HH:MM, e.g. 09:30.',
    'validation.eventDayOrder': 'The end must be after the start.',
    'validation.eventDaysOverlap': "The event's days must not overlap: each day starts after the one before has ended.",
    'validation.eventVenueRequired': 'An in-person or hybrid event needs a venue and its address.',
    'validation.eventWebinarInPerson': 'An in-person event has no webinar session. Choose online or hybrid.',
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
    // Registration and tickets: errors
    'eventRegistration.notOpenYet': 'Registration for this event has not opened yet. It opens {opens}.',
    'eventRegistration.closed': 'Registration for this event has closed.',
    'eventRegistration.eventCancelled': 'This event was cancelled, so registrations cannot be processed.',
    'eventRegistration.ended': 'This event has ended.',
    'eventRegistration.duplicate': 'This email is already registered for this event.',
    'eventRegistration.duplicateResent':
      'This email is already registered for this event. We sent the confirmation email again: open its link so your seat counts.',
    'eventRegistration.memberDuplicate': 'You are already registered for this event.',
    'eventRegistration.tooMany':
      'Too many registrations from this network within an hour. Try again in {minutes} minutes.',
    'eventRegistration.answerRequired': 'The question "{label}" needs an answer.',
    'eventRegistration.answerOption': 'The answer to "{label}" must be one of its options.',
    'eventRegistration.unknownQuestion':
      'This form holds an answer to a question this event does not ask. Reload the page and try again.',
    'eventRegistration.linkInvalid': 'This link is not valid. Open the link from your email again, unchanged.',
    'eventRegistration.confirmExpired':
      'This confirmation link has expired (it is valid for 7 days). Register again with the same email to get a new one.',
    'eventRegistration.gone': 'This registration was not found, or its data has been removed.',
    'eventRegistration.cancelledBefore': 'This registration was cancelled. Register again if you would like to come.',
    'eventRegistration.notRegistered': 'You are not registered for this event.',
    'eventRegistration.registrationNotFound': 'This registration was not found in this event.',
    // Registration: what a person is told
    'eventRegistration.unconfirmed':
      'Thank you. We sent an email to {email}: open its link to confirm your registration. Your seat counts once you confirm.',
    'eventRegistration.confirmed': 'Your registration is confirmed. We emailed you the ticket with its QR code.',
    'eventRegistration.waitlisted':
      'This event is full. You are number {position} on the waiting list; if a seat frees up, we will email you your ticket.',
    'eventRegistration.cancelled': 'The registration has been cancelled.',
    'eventRegistration.erasedName': 'Removed on request',
    // Registration and tickets: emails
    'eventMail.greeting': 'Hello {name},',
    'eventMail.when': 'When: {when}',
    'eventMail.where': 'Where: {venue}',
    'eventMail.online': 'This event is online: its join link is on your ticket page.',
    'eventMail.cancelLink': 'Cannot come after all? Cancel here so someone else can have the seat: {url}',
    'eventMail.confirmSubject': 'Confirm your registration: {title}',
    'eventMail.confirmBody':
      'Thank you for registering for {title}. Open the link below within 7 days to confirm your registration; your seat counts once you confirm.',
    'eventMail.confirmIgnore': 'If you did not register, ignore this email.',
    'eventMail.confirmAction': 'Confirm registration',
    'eventMail.ticketSubject': 'Your ticket: {title}',
    'eventMail.ticketBody': 'Your registration for {title} is confirmed.',
    'eventMail.promotedSubject': 'A seat is yours: {title}',
    'eventMail.promotedBody':
      'Good news: a seat freed up for {title}, and you were next on the waiting list. The seat is now yours.',
    'eventMail.ticketShow':
      'Show the QR code below to the staff at the door. The schedule is attached for your calendar.',
    'eventMail.ticketAction': 'Open ticket',
    'eventMail.qrAlt': 'Your ticket QR code',
    'eventMail.waitlistSubject': 'Waiting list: {title}',
    'eventMail.waitlistBody':
      '{title} is full, so you are number {position} on the waiting list. If a seat frees up it becomes yours in turn, and we will email you your ticket.',
    'eventMail.waitlistAction': 'See my registration',
    'eventMail.closing': 'Regards,',
    'eventMail.cancelledByOrganiserSubject': 'Your registration has been cancelled: {title}',
    'eventMail.cancelledByOrganiserBody':
      'We are sorry to let you know that the organiser has cancelled your registration for {title}. We apologise for any inconvenience.',
    'eventMail.cancelledByOrganiserHelp':
      'If you believe this is a mistake, please contact the organiser, or register again while registration is still open.',
    'eventMail.cancelledByOrganiserAction': 'See the event',
    'event.certificatesNotPublished':
      'Certificates can be issued only for an event that was published and not cancelled.',
    'event.certificatesBeforeEnd': 'Certificates can be issued once the event has ended.',
    'eventExport.sheet': 'Attendance',
    'eventExport.name': 'Name',
    'eventExport.affiliation': 'Institution',
    'eventExport.email': 'Email',
    'eventExport.whatsapp': 'WhatsApp',
    'eventExport.status': 'Registration status',
    'eventExport.checkedInAt': 'Checked in',
    'eventExport.method': 'Check-in method',
    'eventExport.onlineMinutes': 'Minutes online',
    'eventExport.status.unconfirmed': 'Not confirmed',
    'eventExport.status.confirmed': 'Confirmed',
    'eventExport.status.waitlisted': 'Waitlisted',
    'eventExport.status.cancelled': 'Cancelled',
    'eventExport.method.scan': 'QR code scanned',
    'eventExport.method.search': 'Name searched',
    'eventExport.method.walk-in': 'Walk-in',
    'event.seriesNotFound': 'Event series not found.',
    'event.unknownPerson': 'A person or organiser was not found in Bina Pustaka. Pick them again from the list.',
    'event.unknownPartner': 'A partner was not found. Pick it again from the list of institutions.',
    'event.capacityBelowConfirmed': 'The capacity cannot be below the {confirmed} seats registrants have confirmed.',
    'event.cancelledReadOnly': 'This event was cancelled and can no longer be changed.',
    'event.deleteDraftOnly':
      'Only a draft can be deleted. Cancel a published event instead, so its registrants are told.',
    'event.publishCancelled': 'A cancelled event cannot be published again.',
    'event.publishIncomplete': 'Give the purpose of the data and at least one day before publishing the event.',
    'event.cancelDraft': 'This draft was never published: delete it if the event will not take place.',
    'event.webinarSessionNotManaged': "Pick a webinar session you manage as this event's room.",
    'event.webinarSessionTaken': "This webinar session is already another event's room. Pick another session.",
    'event.webinarAlreadyOpened':
      "This event's webinar room has already been opened, so the event can no longer become in person or move to another session.",
    'event.coverMissing': 'Choose a cover image to upload.',
    'event.coverTooLarge': 'A cover image may be at most {limit}.',
    'event.coverWrongType': 'The cover must be a PNG, JPEG or WebP image.',
    'event.coverNotFound': 'Cover image not found.',
    'event.cancelledSubject': 'Event cancelled: {title}',
    'event.cancelledGreeting': 'Dear {name},',
    'event.cancelledBody':
      'We regret to tell you that "{title}", planned for {when}, has been cancelled by its organisers.',
    'event.cancelledApology':
      'You need not do anything. We apologise for the inconvenience and thank you for your interest.',
    'event.cancelledAction': 'See the event page',
  },
};

registerMessages(eventMessages);
