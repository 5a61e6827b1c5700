import type { AlertMessages } from '../en-alerts.ts'

/** Alerts and keyboard shortcuts in Filipino. */
export const alerts: AlertMessages = {
  notification: {
    new_conversation: (who: string) => `Bagong chat: ${who}`,
    message: (who: string) => `May bagong message si ${who}`,
    not_yet: (who: string) => `Pakiramdam ni ${who}, hindi pa siya naiintindihan`,
    notYetBody: '“Hindi pa” ang sagot niya sa “Naiintindihan ba namin ang kailangan ninyo?”',
    file: (name: string) => `Nagpadala ng file: ${name}`,
  },
  settings: {
    title: 'Mga alert',
    hint: 'Aalertuhin ka kapag may bagong chat, kapag nag-message ang customer sa chat na hawak mo, at kapag “Hindi pa” ang sagot niya.',
    sound: 'Magpatunog sa bawat alert',
    soundHint: 'Maikling tunog, dito sa browser na ito. Susundan ka ng setting na ito sa kahit anong device.',
    save: 'I-save ang mga alert',
    saved: 'Na-save na ang mga alert.',
  },
  desktop: {
    turnOn: 'I-on ang desktop notifications',
    asking: 'Tinatanong ka ng browser kung papayagan ang notifications.',
    granted: 'Naka-on na ang desktop notifications: lalabas ang mga ito kapag hindi mo tinitingnan ang tab ng inbox.',
    denied:
      'Naka-block sa browser mo ang notifications ng inbox. Para payagan, buksan ang site settings (ang icon sa kaliwa ng address bar), gawing Allow ang Notifications, tapos i-reload ang page.',
    unsupported: 'Hindi kaya ng browser na ito ang desktop notifications. Pero aalertuhin ka pa rin ng title ng tab at ng tunog.',
  },
  shortcuts: {
    button: 'Mga keyboard shortcut',
    title: 'Mga keyboard shortcut',
    hint: 'Gumagana ang mga ito kapag hindi ka nagta-type sa isang box, kahit anong keyboard layout.',
    key: 'Key',
    action: 'Ginagawa',
    close: 'Isara',
    actions: {
      next: 'Buksan ang susunod na chat na naghihintay',
      previous: 'Buksan ang naunang chat na naghihintay',
      reply: 'Pumunta sa reply box',
      resolve: 'I-resolve ang bukas na chat',
      search: 'Maghanap ng chat',
      help: 'Ipakita ang listahang ito',
      leave: 'Lumabas sa reply box o sa search box',
    },
    noneWaiting: 'Wala nang ibang chat na naghihintay.',
    noneOpen: 'Magbukas muna ng chat.',
  },
}
