import { registerMessages } from '@bina-pustaka/api-platform';

export const surveyMessages = {
  id: {
    'survey.notFound': 'Survei tidak ditemukan.',
    'survey.submitted': 'Terima kasih. Jawaban Anda sudah kami terima.',
    'survey.notForCourse': 'Survei ini bukan evaluasi pelatihan tersebut.',
    'survey.notForWebinar': 'Survei ini bukan evaluasi sesi webinar tersebut.',
    'survey.notAttended': 'Evaluasi sesi ini hanya untuk peserta yang mendaftar atau hadir.',
    'survey.oneContext': 'Pilih pelatihan atau sesi webinar, tidak keduanya.',
    'survey.publicNoContext': 'Survei publik tidak diisi untuk pelatihan atau sesi webinar tertentu.',
    'survey.notOpen': 'Survei ini belum dibuka.',
    'survey.notOpenUntil': 'Survei ini baru dibuka pada {date}.',
    'survey.closed': 'Survei ini sudah ditutup.',
    'survey.limitReached': 'Survei ini sudah menerima jumlah jawaban yang direncanakan.',
    'survey.alreadyAnswered': 'Anda sudah mengisi survei ini. Setiap orang mengisinya satu kali.',
    'survey.alreadyAnsweredHere': 'Jawaban dari peramban ini sudah kami terima. Setiap orang mengisinya satu kali.',
    'survey.honeypot': 'Jawaban ini tidak dapat diterima. Silakan isi formulir dari halaman survei.',
    'survey.tooManyResponses': 'Terlalu banyak jawaban dari alamat ini untuk survei ini. Silakan coba lagi nanti.',
    'survey.answerUnknownQuestion': 'Pertanyaan "{question}" tidak ada dalam survei ini.',
    'survey.answerSpeakerUnknown':
      'Jawaban untuk "{question}" harus menyebut salah satu narasumber pelatihan atau sesi ini.',
    'survey.answerSpeakerNotAsked': 'Pertanyaan "{question}" bukan pertanyaan tentang narasumber.',
    'survey.answerTwice': 'Pertanyaan "{question}" dijawab lebih dari sekali.',
    'survey.answerWrongType': 'Jawaban untuk "{question}" tidak sesuai dengan jenis pertanyaannya.',
    'survey.answerOutOfRange': 'Jawaban untuk "{question}" berada di luar pilihan nilai yang tersedia.',
    'survey.answerChoiceNotOffered': 'Pilihan untuk "{question}" tidak ada dalam daftar pilihannya.',
    'survey.answerOneChoice': 'Pertanyaan "{question}" hanya menerima satu pilihan.',
    'survey.answerChoiceTwice': 'Pilihan yang sama dipilih dua kali pada "{question}".',
    'survey.answerOtherText': 'Tuliskan jawaban "Lainnya" untuk "{question}".',
    'survey.answerRowUnknown': 'Baris yang dinilai pada "{question}" tidak ada dalam pertanyaan itu.',
    'survey.answerTooLong': 'Jawaban untuk "{question}" terlalu panjang: paling banyak {max} karakter.',
    'survey.answerDateInvalid': 'Tanggal untuk "{question}" tidak ada dalam kalender.',
    'survey.answerHidden':
      'Pertanyaan "{question}" tidak ditanyakan untuk jawaban Anda sebelumnya, jadi tidak perlu dijawab.',
    'survey.answerRequired': 'Pertanyaan "{question}" wajib dijawab.',
    'survey.templateReadOnly':
      'Templat survei tidak dapat diubah atau dihapus. Buat salinannya untuk menyusun survei Anda sendiri.',
    'survey.wordingOnly':
      'Pertanyaan “{question}” sudah dijawab, jadi hanya kata-katanya yang boleh diubah; jenis, pilihan, urutan, dan syarat tampilnya tetap, agar hasil survei dapat dibandingkan.',
    'survey.wordingOnlyAdded':
      'Survei ini sudah dijawab, jadi pertanyaan baru “{question}” tidak dapat ditambahkan. Buat salinan survei bila perlu pertanyaan lain.',
    'survey.wordingOnlySection':
      'Survei ini sudah dijawab, jadi bagian “{section}” tidak boleh ditambah, dihapus, dipindah, atau diubah cara pengisiannya; hanya kata-katanya yang boleh diubah.',
    'survey.anonymousFixed':
      'Survei ini sudah dijawab, jadi pilihan tanpa nama tidak dapat diubah: responden menjawab dengan janji yang sudah disampaikan.',
    'survey.closeDraft': 'Survei yang masih draf belum dapat ditutup. Terbitkan dulu, atau hapus bila tidak dipakai.',
    'survey.closedToDraft':
      'Survei yang sudah ditutup tidak dapat kembali menjadi draf. Buka kembali survei ini, atau buat salinannya.',
    'survey.answeredToDraft':
      'Survei ini sudah dijawab, jadi tidak dapat kembali menjadi draf. Tutup survei bila tidak ingin menerima jawaban lagi.',
    'survey.deleteAnswered':
      'Survei ini sudah memiliki {count} jawaban, jadi tidak dapat dihapus. Tutup survei bila tidak ingin menerima jawaban lagi.',
    'survey.deleteInUse':
      'Survei ini dipakai sebagai evaluasi “{title}”. Lepaskan dulu dari pelatihan atau sesi webinar tersebut sebelum menghapusnya.',
    'survey.evaluationNotFound': 'Evaluasi ini belum memakai survei, atau Anda tidak terdaftar di dalamnya.',
    'survey.evaluationTemplate':
      'Survei “{title}” adalah templat. Buat survei dari templat itu lalu pasang survei tersebut sebagai evaluasi.',
    'survey.evaluationPublic':
      'Survei “{title}” terbuka untuk umum tanpa masuk. Evaluasi memerlukan survei untuk pengguna yang masuk, agar jawaban setiap peserta tercatat.',
    'survey.evaluationClosed': 'Survei “{title}” sudah ditutup, sehingga tidak dapat lagi diisi sebagai evaluasi.',
    'survey.evaluationNotAnswered': 'Belum mengisi survei evaluasi sesi ini, yang diwajibkan untuk sertifikat.',
    'conditions.surveyAnswered': 'Survei evaluasi “{title}” sudah diisi',
    'conditions.surveyPending': 'Survei evaluasi “{title}” belum diisi',
    'validation.surveyKey':
      'Kode hanya boleh berisi huruf kecil, angka dan tanda hubung, paling banyak 32 karakter (contoh: q1, u3).',
    'validation.surveyScaleLabels': 'Jumlah label skala harus sama dengan jumlah poinnya.',
    'validation.surveyIdTwice': 'Kode yang sama dipakai dua kali. Setiap kode harus berbeda.',
    'validation.surveyConditionOrder': 'Syarat tampil harus merujuk pertanyaan yang muncul lebih dahulu.',
    'validation.surveyRange': 'Nilai terbesar tidak boleh lebih kecil dari nilai terkecil.',
    'validation.surveyNoQuestions': 'Survei perlu paling sedikit satu pertanyaan.',
    'validation.surveyTooManyQuestions': 'Survei terlalu panjang: paling banyak 150 pertanyaan.',
    'validation.surveyWindow': 'Waktu tutup harus sesudah waktu buka.',
    'validation.surveyDefinitionOrCopy': 'Susun pertanyaan baru atau salin dari survei lain, tidak keduanya.',
    'validation.surveyNothingToChange': 'Pilih sedikitnya satu hal yang diubah.',
    'validation.surveyPublicNamed':
      'Survei publik selalu anonim: pengisinya tidak masuk ke Bina Pustaka, jadi tidak ada nama yang dapat dicatat.',
    'survey.speakerNotFound': 'Narasumber tidak ditemukan.',
    'survey.periodOrder': 'Tanggal awal periode harus sebelum atau sama dengan tanggal akhirnya.',
    'survey.noIkmElements':
      'Survei ini tidak mengukur unsur pelayanan, jadi IKM-nya tidak dapat dihitung. Tandai pertanyaan Likert dengan unsur U1-U9.',
    'survey.reminderSubject': 'Pengingat: mohon isi survei evaluasi “{title}”',
    'survey.reminderGreeting': 'Yth. {name},',
    'survey.reminderCourse':
      'Anda telah menyelesaikan semua materi wajib pelatihan “{subject}”. Mohon luangkan beberapa menit untuk mengisi survei evaluasi “{title}”: survei ini diperlukan sebelum pelatihan Anda dinyatakan selesai serta sertifikat dan JP-nya diberikan.',
    'survey.reminderWebinar':
      'Terima kasih telah mengikuti webinar “{subject}”. Mohon luangkan beberapa menit untuk mengisi survei evaluasi “{title}”; masukan Anda membantu kami menyiapkan kegiatan berikutnya dengan lebih baik.',
    'survey.reminderDeadline': 'Survei ini dapat diisi paling lambat {when}.',
    'survey.reminderAction': 'Isi survei evaluasi',
    'survey.exportTooFew':
      'Survei anonim hanya dapat diunduh bila kelompok yang dipilih berisi sedikitnya {minimum} jawaban dan tidak berbeda kurang dari {minimum} jawaban dari kelompok lain (misalnya periode yang berhenti sehari sebelum seseorang menjawab), agar tidak ada jawaban yang dapat dikenali pemiliknya. Perluas atau hapus filternya.',
  },
  en: {
    'survey.notFound': 'Survey not found.',
    'survey.submitted': 'Thank you. Your answers have been received.',
    'survey.notForCourse': 'This survey is not the evaluation of that course.',
    'survey.notForWebinar': 'This survey is not the evaluation of that webinar session.',
    'survey.notAttended': "This session's evaluation is only for people who registered or attended.",
    'survey.oneContext': 'Choose a course or a webinar session, not both.',
    'survey.publicNoContext': 'A public survey is not answered for a particular course or webinar session.',
    'survey.notOpen': 'This survey is not open yet.',
    'survey.notOpenUntil': 'This survey opens on {date}.',
    'survey.closed': 'This survey is closed.',
    'survey.limitReached': 'This survey has received the number of responses it planned for.',
    'survey.alreadyAnswered': 'You have already answered this survey. Everyone answers it once.',
    'survey.alreadyAnsweredHere': 'Answers from this browser have already been received. Everyone answers once.',
    'survey.honeypot': 'These answers cannot be accepted. Please fill in the form on the survey page.',
    'survey.tooManyResponses': 'Too many responses to this survey from this address. Please try again later.',
    'survey.answerUnknownQuestion': 'The question "{question}" is not in this survey.',
    'survey.answerSpeakerUnknown':
      'The answer to "{question}" must name one of the speakers of this course or session.',
    'survey.answerSpeakerNotAsked': 'The question "{question}" is not about a speaker.',
    'survey.answerTwice': 'The question "{question}" is answered more than once.',
    'survey.answerWrongType': 'The answer to "{question}" does not fit the kind of question.',
    'survey.answerOutOfRange': 'The answer to "{question}" is outside the values it allows.',
    'survey.answerChoiceNotOffered': 'The choice for "{question}" is not one of its options.',
    'survey.answerOneChoice': 'The question "{question}" takes only one choice.',
    'survey.answerChoiceTwice': 'The same option is chosen twice in "{question}".',
    'survey.answerOtherText': 'Write your "Other" answer for "{question}".',
    'survey.answerRowUnknown': 'A row rated in "{question}" is not part of that question.',
    'survey.answerTooLong': 'The answer to "{question}" is too long: at most {max} characters.',
    'survey.answerDateInvalid': 'The date for "{question}" is not on the calendar.',
    'survey.answerHidden': 'The question "{question}" is not asked after your earlier answer, so it takes no answer.',
    'survey.answerRequired': 'The question "{question}" must be answered.',
    'survey.templateReadOnly': 'A survey template cannot be changed or deleted. Make a copy to build your own survey.',
    'survey.wordingOnly':
      'The question “{question}” has been answered, so only its wording may change; its kind, choices, order and condition stay, so the results remain comparable.',
    'survey.wordingOnlyAdded':
      'This survey has been answered, so the new question “{question}” cannot be added. Make a copy of the survey if you need other questions.',
    'survey.wordingOnlySection':
      'This survey has been answered, so the section “{section}” cannot be added, removed, moved or asked differently; only its wording may change.',
    'survey.anonymousFixed':
      'This survey has been answered, so whether it is anonymous cannot change: respondents answered on the promise they were given.',
    'survey.closeDraft': 'A draft survey cannot be closed yet. Publish it first, or delete it if it is not needed.',
    'survey.closedToDraft': 'A closed survey cannot go back to draft. Reopen it, or make a copy.',
    'survey.answeredToDraft':
      'This survey has been answered, so it cannot go back to draft. Close it if it should take no more responses.',
    'survey.deleteAnswered':
      'This survey has {count} responses, so it cannot be deleted. Close it if it should take no more responses.',
    'survey.deleteInUse':
      'This survey is the evaluation of “{title}”. Detach it from that course or webinar session before deleting it.',
    'survey.evaluationNotFound': 'This has no evaluation survey, or you do not take part in it.',
    'survey.evaluationTemplate':
      'The survey “{title}” is a template. Make a survey from the template and attach that survey as the evaluation.',
    'survey.evaluationPublic':
      'The survey “{title}” is open to the public without signing in. An evaluation needs a survey for signed-in people, so each participant’s answer is recorded.',
    'survey.evaluationClosed': 'The survey “{title}” is closed, so it can no longer be answered as an evaluation.',
    'survey.evaluationNotAnswered':
      'Has not answered this session’s evaluation survey, which the certificate requires.',
    'conditions.surveyAnswered': 'Evaluation survey “{title}” answered',
    'conditions.surveyPending': 'Evaluation survey “{title}” not answered yet',
    'validation.surveyKey':
      'A key may hold only lowercase letters, digits and hyphens, at most 32 characters (e.g. q1, u3).',
    'validation.surveyScaleLabels': 'The scale needs as many labels as it has points.',
    'validation.surveyIdTwice': 'The same key is used twice. Every key must be different.',
    'validation.surveyConditionOrder': 'A condition must refer to a question that comes earlier.',
    'validation.surveyRange': 'The largest value cannot be smaller than the smallest.',
    'validation.surveyNoQuestions': 'A survey needs at least one question.',
    'validation.surveyTooManyQuestions': 'The survey is too long: at most 150 questions.',
    'validation.surveyWindow': 'The closing time must come after the opening time.',
    'validation.surveyDefinitionOrCopy': 'Build new questions or copy another survey, not both.',
    'validation.surveyNothingToChange': 'Choose at least one thing to change.',
    'validation.surveyPublicNamed':
      'A public survey is always anonymous: its respondents do not sign in, so there is no name to record.',
    'survey.speakerNotFound': 'Speaker not found.',
    'survey.periodOrder': 'The start of the period must be on or before its end.',
    'survey.noIkmElements':
      'This survey measures no service elements, so its IKM cannot be computed. Mark Likert questions with an element U1-U9.',
    'survey.reminderSubject': 'Reminder: please answer the evaluation survey “{title}”',
    'survey.reminderGreeting': 'Dear {name},',
    'survey.reminderCourse':
      'You have finished every required lesson of the course “{subject}”. Please take a few minutes to answer the evaluation survey “{title}”: it is needed before your course is completed and its certificate and JP are given.',
    'survey.reminderWebinar':
      'Thank you for attending the webinar “{subject}”. Please take a few minutes to answer the evaluation survey “{title}”; your feedback helps us prepare the next ones better.',
    'survey.reminderDeadline': 'The survey can be answered until {when}.',
    'survey.reminderAction': 'Answer the evaluation survey',
    'survey.exportTooFew':
      'An anonymous survey can be downloaded only when the chosen group has at least {minimum} responses and differs from other groups by no fewer than {minimum} (e.g. a period that stops the day before someone answered), so that no answer can be traced to its author. Widen or remove the filters.',
  },
};

registerMessages(surveyMessages);
