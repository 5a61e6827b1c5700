import type { InboxLanguage, Role } from '@attune/protocol'

/**
 * What the invitation to a store's team says, in each of the inbox's languages: the inviter's own
 * (team-language.ts), as LiveChat and Zendesk write to a new colleague in the account's language.
 * `{inviter}` and `{store}` are names as written, `{role}` one of `roles`, `{hours}` how long the
 * link works. Thai and Lao are the neutral written register a company mails in (no ค่ะ/ครับ);
 * Filipino is the Taglish of the inbox, roles as Manila teams say them; Arabic is the inbox's plain
 * Modern Standard, worded so the inviter's gender never shows («تلقيت دعوة من …»).
 */
export type InviteWords = {
  subject: string
  intro: string
  accept: string
  expires: string
  /** A role as it reads after "as" in `intro`. */
  roles: Record<Role, string>
}

export const INVITE_CATALOG: Record<InboxLanguage, InviteWords> = {
  en: {
    subject: '{inviter} invited you to {store} on Attune',
    intro: '{inviter} invited you to join {store}’s team as {role}, to answer its shoppers in Attune.',
    accept: 'Accept the invitation',
    expires: 'The link works once, for {hours} hours. If you did not expect this, ignore this email.',
    roles: { owner: 'its owner', admin: 'an admin', manager: 'a manager', agent: 'an agent' },
  },
  th: {
    subject: '{inviter} เชิญคุณเข้าร่วมทีม {store} บน Attune',
    intro: '{inviter} เชิญคุณเข้าร่วมทีมของ {store} ในตำแหน่ง{role} เพื่อดูแลและตอบแชทลูกค้าของร้านผ่าน Attune',
    accept: 'ตอบรับคำเชิญ',
    expires: 'ลิงก์นี้ใช้ได้ครั้งเดียว ภายใน {hours} ชั่วโมง หากคุณไม่ทราบเรื่องคำเชิญนี้ โปรดละเว้นอีเมลฉบับนี้',
    roles: { owner: 'เจ้าของร้าน', admin: 'แอดมิน', manager: 'ผู้จัดการ', agent: 'พนักงานตอบแชท' },
  },
  lo: {
    subject: '{inviter} ເຊີນທ່ານເຂົ້າຮ່ວມທີມ {store} ໃນ Attune',
    intro: '{inviter} ເຊີນທ່ານເຂົ້າຮ່ວມທີມຂອງ {store} ໃນຕຳແໜ່ງ{role} ເພື່ອດູແລ ແລະ ຕອບແຊັດລູກຄ້າຂອງຮ້ານຜ່ານ Attune',
    accept: 'ຕອບຮັບຄຳເຊີນ',
    expires: 'ລິ້ງນີ້ໃຊ້ໄດ້ເທື່ອດຽວ ພາຍໃນ {hours} ຊົ່ວໂມງ ຖ້າທ່ານບໍ່ຮູ້ເລື່ອງຄຳເຊີນນີ້ ກໍບໍ່ຕ້ອງເຮັດຫຍັງ',
    roles: { owner: 'ເຈົ້າຂອງຮ້ານ', admin: 'ແອັດມິນ', manager: 'ຜູ້ຈັດການ', agent: 'ພະນັກງານຕອບແຊັດ' },
  },
  fil: {
    subject: 'Inimbitahan ka ni {inviter} sa team ng {store} sa Attune',
    intro: 'Inimbitahan ka ni {inviter} na sumali sa team ng {store} bilang {role}, para sagutin ang mga customer nito sa Attune.',
    accept: 'Tanggapin ang imbitasyon',
    expires: 'Isang beses lang magagamit ang link, sa loob ng {hours} oras. Kung hindi mo ito inaasahan, huwag mo nang pansinin ang email na ito.',
    roles: { owner: 'owner', admin: 'admin', manager: 'manager', agent: 'agent' },
  },
  id: {
    subject: '{inviter} mengundang Anda ke tim {store} di Attune',
    intro: '{inviter} mengundang Anda bergabung dengan tim {store} sebagai {role}, untuk melayani pelanggannya di Attune.',
    accept: 'Terima undangan',
    expires: 'Tautan ini hanya bisa dipakai sekali, dalam {hours} jam. Jika Anda tidak mengharapkan undangan ini, abaikan saja email ini.',
    roles: { owner: 'pemilik', admin: 'admin', manager: 'manajer', agent: 'agen' },
  },
  ar: {
    subject: 'دعوة من {inviter} للانضمام إلى فريق {store} على Attune',
    intro: 'تلقيت دعوة من {inviter} للانضمام إلى فريق {store} بدور {role}، للرد على متسوقي المتجر عبر Attune.',
    accept: 'قبول الدعوة',
    expires: 'يعمل الرابط مرة واحدة، لمدة {hours} ساعة. إذا لم تكن تتوقع هذه الدعوة، فتجاهل هذه الرسالة.',
    roles: { owner: 'مالك', admin: 'مسؤول', manager: 'مدير', agent: 'موظف دعم' },
  },
}
