import { registerMessages } from '@bina-pustaka/api-platform';

export const focusGroupMessages = {
  id: {
    'focusGroup.notFound': 'Diskusi fokus tidak ditemukan.',
    'focusGroup.facilitatorsOnly': 'Hanya fasilitator diskusi fokus ini dan koordinator yang dapat melakukan ini.',
    'focusGroup.personUnknown':
      'Orang yang Anda pilih tidak ditemukan atau akunnya tidak aktif. Pilih nama dari daftar.',
    'focusGroup.personTwice': 'Seseorang tidak dapat menjadi fasilitator sekaligus anggota. Pilih salah satu peran.',
    'focusGroup.personNotInGroup': 'Orang tersebut bukan peserta diskusi fokus ini.',
    'focusGroup.lastFacilitator':
      'Diskusi fokus harus memiliki paling sedikit satu fasilitator. Tambahkan fasilitator lain terlebih dahulu.',
    'focusGroup.sessionNotFound': 'Sesi tidak ditemukan di diskusi fokus ini.',
    'focusGroup.sessionUnknown': 'Sesi yang Anda pilih tidak ada di diskusi fokus ini.',
    'focusGroup.onlineNoLocation': 'Sesi daring tidak memiliki tempat; ruangnya adalah ruang webinar kelompok.',
    'focusGroup.locationNeeded': 'Tuliskan tempat sesi tatap muka.',
    'focusGroup.findingNotFound': 'Temuan tidak ditemukan di diskusi fokus ini.',
    'focusGroup.findingUnknown': 'Temuan yang Anda pilih tidak ada di diskusi fokus ini.',
    'focusGroup.actionNotFound': 'Tindak lanjut tidak ditemukan di diskusi fokus ini.',
    'validation.focusGroupPersonTwice': 'Nama yang sama dipilih dua kali.',
    'validation.focusGroupLocationNeeded': 'Tuliskan tempat sesi tatap muka (minimal 3 karakter).',
    'validation.focusGroupNothingToChange': 'Pilih sedikitnya satu hal yang diubah.',
  },
  en: {
    'focusGroup.notFound': 'Focus group not found.',
    'focusGroup.facilitatorsOnly': "Only this focus group's facilitators and the coordinators can do this.",
    'focusGroup.personUnknown':
      'The person you chose does not exist or their account is not active. Pick a name from the list.',
    'focusGroup.personTwice': 'Someone cannot be both a facilitator and a member. Choose one role.',
    'focusGroup.personNotInGroup': 'That person is not in this focus group.',
    'focusGroup.lastFacilitator': 'A focus group needs at least one facilitator. Add another facilitator first.',
    'focusGroup.sessionNotFound': 'Session not found in this focus group.',
    'focusGroup.sessionUnknown': 'The session you chose is not in this focus group.',
    'focusGroup.onlineNoLocation': "An online session has no place; its room is the group's webinar room.",
    'focusGroup.locationNeeded': 'Give the place of the in-person session.',
    'focusGroup.findingNotFound': 'Finding not found in this focus group.',
    'focusGroup.findingUnknown': 'The finding you chose is not in this focus group.',
    'focusGroup.actionNotFound': 'Action item not found in this focus group.',
    'validation.focusGroupPersonTwice': 'The same name is chosen twice.',
    'validation.focusGroupLocationNeeded': 'Give the place of the in-person session (at least 3 characters).',
    'validation.focusGroupNothingToChange': 'Choose at least one thing to change.',
  },
};

registerMessages(focusGroupMessages);
