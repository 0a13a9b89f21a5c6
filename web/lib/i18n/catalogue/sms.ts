// Messages of the SMS and unsubscribe parts of notifications (issue 13). Danish first; English
// must have the same keys (checked by tsc).
export const da = {
  'sms.phoneTitle': 'SMS',
  'sms.phoneIntro':
    'Vil du hellere have en SMS? Skriv dit danske mobilnummer og vælg nedenfor, hvilke varsler der også skal komme som SMS. En SMS nævner kun aktivitet, tid og sted og et link.',
  'sms.phone': 'Mobilnummer',
  'sms.phoneHint': '8 cifre, fx 20 30 40 50. Tomt felt fjerner nummeret.',
  'sms.savePhone': 'Gem nummer',
  'sms.phoneRemoved': 'Nummeret er fjernet.',
  'sms.phoneVerified': 'SMS sendes til {phone}, som du har bekræftet.',
  'sms.codeSent': 'Vi har sendt en kode til {phone}. Skriv den nedenfor.',
  'sms.codeTitle': 'Bekræft dit nummer',
  'sms.codeIntro':
    'Skriv koden fra den SMS, vi sendte til {phone}. Først når nummeret er bekræftet, sender vi SMS til det.',
  'sms.code': 'Kode fra SMS',
  'sms.codeHint': '6 cifre. Koden gælder i 10 minutter.',
  'sms.codeFormat': 'Skriv de 6 cifre fra SMS’en.',
  'sms.confirmCode': 'Bekræft nummer',
  'sms.resendCode': 'Send en ny kode',
  'sms.also': 'Også som SMS',
  'sms.noPhone': 'Skriv og bekræft dit mobilnummer ovenfor for at få varsler som SMS.',
  'unsubscribe.title': 'Afmeld e-mails',
  'unsubscribe.question':
    'Vil du ikke længere have e-mails om denne slags varsel? Du ser dem stadig under Varsler i Naboskab.',
  'unsubscribe.confirm': 'Afmeld e-mails',
  'unsubscribe.done': 'Du får ikke flere e-mails om denne slags varsel. Du kan ændre det under Min side.',
  'unsubscribe.noToken': 'Linket er ufuldstændigt. Åbn det igen fra e-mailen.',
  'unsubscribe.invalid':
    'Linket virker ikke: det er ugyldigt eller gælder ikke længere. Du kan vælge, hvilke e-mails du får, under Min side.',
  'unsubscribe.myPage': 'Gå til Min side',
  'unsubscribe.digestQuestion':
    'Vil du ikke længere have {digest}? Så får du ingen e-mails om de varsler, den samler. Du ser dem stadig under Varsler i Naboskab.',
  'unsubscribe.digestDone':
    'Du får ikke længere {digest} og ingen e-mails om de varsler, den samlede. Du kan ændre det under Min side.',
  'unsubscribe.digest.DAILY': 'den daglige samlede e-mail',
  'unsubscribe.digest.WEEKLY': 'den ugentlige samlede e-mail',
  'sms.channel.EMAIL': 'E-mail',
  'sms.channel.SMS': 'SMS',
  'sms.deliveryStatus': 'Leveringsstatus (SMS)',
};

export const en: Record<keyof typeof da, string> = {
  'sms.phoneTitle': 'SMS',
  'sms.phoneIntro':
    'Would you rather have a text message? Enter your Danish mobile number and choose below which notifications should also come by SMS. An SMS names only the activity, time and place, and a link.',
  'sms.phone': 'Mobile number',
  'sms.phoneHint': '8 digits, e.g. 20 30 40 50. An empty field removes the number.',
  'sms.savePhone': 'Save number',
  'sms.phoneRemoved': 'The number is removed.',
  'sms.phoneVerified': 'Text messages go to {phone}, which you have confirmed.',
  'sms.codeSent': 'We have sent a code to {phone}. Enter it below.',
  'sms.codeTitle': 'Confirm your number',
  'sms.codeIntro':
    'Enter the code from the text message we sent to {phone}. We send text messages to the number only once it is confirmed.',
  'sms.code': 'Code from the text message',
  'sms.codeHint': '6 digits. The code is valid for 10 minutes.',
  'sms.codeFormat': 'Enter the 6 digits from the text message.',
  'sms.confirmCode': 'Confirm number',
  'sms.resendCode': 'Send a new code',
  'sms.also': 'Also by SMS',
  'sms.noPhone': 'Enter and confirm your mobile number above to get notifications by SMS.',
  'unsubscribe.title': 'Unsubscribe from e-mails',
  'unsubscribe.question':
    'Do you no longer want e-mails about this kind of notification? You still see them under Notifications in Naboskab.',
  'unsubscribe.confirm': 'Unsubscribe',
  'unsubscribe.done':
    'You will get no more e-mails about this kind of notification. You can change that on My page.',
  'unsubscribe.noToken': 'The link is incomplete. Open it again from the e-mail.',
  'unsubscribe.invalid':
    'This link does not work: it is invalid or no longer valid. You can choose which e-mails you get on My page.',
  'unsubscribe.myPage': 'Go to My page',
  'unsubscribe.digestQuestion':
    'Do you no longer want {digest}? Then you get no e-mails about the notifications it bundles. You still see them under Notifications in Naboskab.',
  'unsubscribe.digestDone':
    'You will no longer get {digest}, nor e-mails about the notifications it bundled. You can change that on My page.',
  'unsubscribe.digest.DAILY': 'the daily digest e-mail',
  'unsubscribe.digest.WEEKLY': 'the weekly digest e-mail',
  'sms.channel.EMAIL': 'E-mail',
  'sms.channel.SMS': 'SMS',
  'sms.deliveryStatus': 'Delivery status (SMS)',
};
