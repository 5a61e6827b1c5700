import { en, type GreetingWords } from './en.ts'

/**
 * Every shipped locale's words for the greeting bubble (issue 15), in the one chunk that draws it:
 * two short phrases each are cheaper as one fetch of all twelve than as a loader per language.
 */
export const GREETING_WORDS: Record<string, GreetingWords> = {
  en,
  th: { label: 'ข้อความจากร้าน', close: 'ปิดข้อความ' },
  lo: { label: 'ຂໍ້ຄວາມຈາກຮ້ານ', close: 'ປິດຂໍ້ຄວາມ' },
  fil: { label: 'Mensahe mula sa tindahan', close: 'Isara ang mensahe' },
  ar: { label: 'رسالة من المتجر', close: 'إغلاق الرسالة' },
  vi: { label: 'Tin nhắn từ cửa hàng', close: 'Đóng tin nhắn' },
  id: { label: 'Pesan dari toko', close: 'Tutup pesan' },
  ms: { label: 'Mesej daripada kedai', close: 'Tutup mesej' },
  zh: { label: '来自店铺的消息', close: '关闭消息' },
  ja: { label: 'ショップからのメッセージ', close: 'メッセージを閉じる' },
  es: { label: 'Mensaje de la tienda', close: 'Cerrar mensaje' },
  pt: { label: 'Mensagem da loja', close: 'Fechar mensagem' },
}
