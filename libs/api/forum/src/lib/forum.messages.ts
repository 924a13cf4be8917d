import { registerMessages } from '@bina-pustaka/api-platform';

export const forumMessages = {
  id: {
    'forum.notFound': 'Forum tidak ditemukan.',
    'forum.threadNotFound': 'Topik diskusi tidak ditemukan.',
    'forum.postNotFound': 'Tulisan tidak ditemukan.',
    'forum.mentionUnknown':
      'Orang yang Anda sebut tidak ditemukan atau tidak dapat membaca forum ini. Pilih nama dari daftar saran.',
    'forum.quoteUnknown': 'Tulisan yang Anda kutip tidak ada di topik ini.',
    'forum.threadLocked': 'Topik ini dikunci oleh moderator; balasan baru tidak dapat ditambahkan.',
    'forum.postDeleted': 'Tulisan ini sudah dihapus.',
    'forum.notYourPost': 'Anda hanya dapat mengubah atau menghapus tulisan Anda sendiri.',
    'forum.notYourThread': 'Hanya pembuat topik atau moderator yang dapat melakukan ini.',
    'forum.deleteWindowPassed':
      'Tulisan hanya dapat Anda hapus dalam {minutes} menit setelah dikirim. Hubungi moderator bila perlu dihapus.',
    'forum.deleteReasonNeeded': 'Tuliskan alasan penghapusan (minimal 5 karakter).',
    'forum.thanksOwn': 'Anda tidak dapat berterima kasih atas tulisan Anda sendiri.',
    'forum.notModerator': 'Hanya moderator forum ini yang dapat melihat riwayat suntingan.',
    'forum.notAQuestion': 'Jawaban terpilih hanya ada pada topik pertanyaan.',
    'forum.answerUnknown': 'Jawaban harus berupa balasan di topik ini yang belum dihapus.',
    'forum.tooFast': 'Anda menulis terlalu cepat. Silakan tunggu {seconds} detik, lalu kirim lagi.',
    'forum.liveTooFast': 'Terlalu banyak permintaan pembaruan langsung. Silakan tunggu sebentar.',
    'forum.liveTooManyThreads': 'Anda sudah mengikuti {max} topik secara langsung. Tutup beberapa tab, lalu coba lagi.',
    'forum.liveFailed': 'Pembaruan langsung tidak dapat dijalankan. Muat ulang halaman untuk melihat yang terbaru.',
  },
  en: {
    'forum.notFound': 'Forum not found.',
    'forum.threadNotFound': 'Thread not found.',
    'forum.postNotFound': 'Post not found.',
    'forum.mentionUnknown':
      'Someone you mentioned does not exist or cannot read this forum. Pick a name from the suggestions.',
    'forum.quoteUnknown': 'The post you quote is not in this thread.',
    'forum.threadLocked': 'A moderator locked this thread; no new replies can be added.',
    'forum.postDeleted': 'This post has been deleted.',
    'forum.notYourPost': 'You can only change or delete your own posts.',
    'forum.notYourThread': "Only the thread's author or a moderator can do this.",
    'forum.deleteWindowPassed':
      'You can delete a post only within {minutes} minutes of sending it. Ask a moderator if it must go.',
    'forum.deleteReasonNeeded': 'Give a reason for deleting (at least 5 characters).',
    'forum.thanksOwn': 'You cannot thank yourself for your own post.',
    'forum.notModerator': "Only this forum's moderators can see the edit history.",
    'forum.notAQuestion': 'Only question threads have a chosen answer.',
    'forum.answerUnknown': 'The answer must be a reply in this thread that has not been deleted.',
    'forum.tooFast': 'You are posting too fast. Please wait {seconds} seconds, then send again.',
    'forum.liveTooFast': 'Too many live update requests. Please wait a moment.',
    'forum.liveTooManyThreads': 'You already follow {max} threads live. Close some tabs, then try again.',
    'forum.liveFailed': 'Live updates could not be started. Reload the page to see the latest.',
  },
};

registerMessages(forumMessages);
