import { normalisePageText } from "@/lib/sources/apify/normalise-page-text";

// What Amazon's own non-product pages say about themselves, per storefront language: the
// captcha, 404, sign-in and error-page wording scrapers in the wild match on, plus Amazon's
// usual translations for the storefronts where no page has been seen. A phrase Amazon words
// differently never matches, and that page is then caught no better than before (the
// hollow-reading check still keeps a page that loaded nothing out of the history); a phrase
// only Amazon prints cannot turn a product into a failure.

export type AmazonPage = { kind: "blocked" | "not_found"; page: string };

const robotCheck: AmazonPage = { kind: "blocked", page: "robot check page" };
const interstitial: AmazonPage = { kind: "blocked", page: "continue-shopping interstitial" };
const signIn: AmazonPage = { kind: "blocked", page: "sign-in page" };
const errorPage: AmazonPage = { kind: "blocked", page: "Amazon error page" };
const notFound: AmazonPage = { kind: "not_found", page: "page not found" };

// Whole titles only, once "Amazon.de: …" / "… en Amazon" is taken off: inside a longer
// title these words are a product's ("Sign In Sheet Clipboard", "Robot Check Valve Kit").
const titles: ReadonlyArray<readonly [AmazonPage, readonly string[]]> = [
  [robotCheck, ["Robot Check", "Bot Check", "CAPTCHA", "Amazon CAPTCHA"]],
  [
    signIn,
    [
      "Sign-In", "Sign In", "Anmelden", "Connexion", "Identifiez-vous", "Accedi", "Iniciar sesión", "Identifícate",
      "サインイン", "Inloggen", "Zaloguj się", "Logga in", "Giriş yap", "Fazer login",
      "تسجيل الدخول", "Password Assistance", "Two-Step Verification",
    ],
  ],
  [
    errorPage,
    [
      "Sorry! Something went wrong!", "503 - Service Unavailable", "503 Service Unavailable",
      "Service Unavailable", "Service Unavailable Error", "Tut uns Leid!", "Toutes nos excuses", "Przepraszamy",
    ],
  ],
  [
    notFound,
    [
      "Page Not Found", "404 - Page Not Found", "404 Not Found", "404", "Document Not Found", "Seite nicht gefunden",
      "Page introuvable", "Pagina non trovata", "Página no encontrada", "Página não encontrada", "ページが見つかりません",
      "Pagina niet gevonden", "Nie znaleziono strony", "Sidan hittades inte", "Sayfa bulunamadı",
    ],
  ],
];

// Sentences only Amazon's own pages print: matched anywhere in the page's text.
const phrases: ReadonlyArray<readonly [AmazonPage, readonly string[]]> = [
  [
    robotCheck,
    [
      // Every storefront's captcha page gives this address, whatever its language.
      "api-services-support@amazon.com",
      "Enter the characters you see below",
      "Type the characters you see in this image",
      "Sorry, we just need to make sure you're not a robot",
      "To discuss automated access to Amazon data please contact",
      "Geben Sie die unten angezeigten Zeichen ein",
      "Geben Sie die Zeichen ein, die Sie unten sehen",
      "Geben Sie die dargestellten Zeichen ein",
      "dass Sie kein Roboter sind",
      "dass Sie kein Bot sind",
      "Saisissez les caractères que vous voyez ci-dessous",
      "Saisissez les caractères que vous voyez dans cette image",
      "que vous n'êtes pas un robot",
      "Inserisci i caratteri visualizzati nello spazio sottostante",
      "Inserisci i caratteri che vedi qui sotto",
      "che tu non sia un robot",
      "Introduce los caracteres que aparecen a continuación",
      "Introduce los caracteres que se muestran a continuación",
      "Ingresa los caracteres que ves a continuación",
      "de que no eres un robot",
      "下に表示されている文字を入力してください",
      "ロボットでないことを確認",
      "Voer de tekens in die u hieronder ziet",
      "dat u geen robot bent",
      "Wprowadź znaki widoczne poniżej",
      "że nie jesteś robotem",
      "Ange tecknen som du ser nedan",
      "att du inte är en robot",
      "Aşağıda gördüğünüz karakterleri girin",
      "robot olmadığınızdan emin",
      "Digite os caracteres que você vê abaixo",
      "que você não é um robô",
      "أدخل الأحرف التي تراها أدناه",
    ],
  ],
  [
    interstitial,
    [
      "Click the button below to continue shopping",
      "Klicke auf die Schaltfläche unten, um mit dem Einkaufen fortzufahren",
      "Klicken Sie auf die Schaltfläche unten, um mit dem Einkaufen fortzufahren",
      "Cliquez sur le bouton ci-dessous pour continuer vos achats",
      "Fai clic sul pulsante qui sotto per continuare a fare acquisti",
      "Haz clic en el botón de abajo para seguir comprando",
      "下のボタンをクリックしてショッピングを続けてください",
      "Klik op de onderstaande knop om verder te winkelen",
      "Kliknij poniższy przycisk, aby kontynuować zakupy",
      "Klicka på knappen nedan för att fortsätta handla",
      "Alışverişe devam etmek için aşağıdaki düğmeye tıklayın",
      "Clique no botão abaixo para continuar comprando",
    ],
  ],
  [
    errorPage,
    [
      "Sorry! Something went wrong!",
      "Something went wrong on our end",
      "503 - Service Unavailable",
    ],
  ],
  [
    notFound,
    [
      "The Web address you entered is not a functioning page on our site",
      "Looking for something?",
      "Sorry! We couldn't find that page",
      "We couldn't find that page",
      "Suchen Sie bestimmte Informationen?",
      "Suchen Sie etwas Bestimmtes?",
      "Die eingegebene Webadresse ist keine funktionierende Seite",
      "Vous recherchez quelque chose ?",
      "ne correspond à aucune page",
      "Stai cercando qualcosa?",
      "Stai cercando qualcosa in particolare?",
      "¿Buscas algo?",
      "お探しのページは見つかりません",
      "Op zoek naar iets?",
      "Szukasz czegoś?",
      "Letar du efter något?",
      "Bir şey mi arıyorsunuz?",
      "Procurando algo?",
    ],
  ],
];

// "Amazon.de: …", "Amazon Anmelden", "Amazonサインイン", "Connexion Amazon", "Iniciar sesión en Amazon".
const storefrontName = /^amazon(?:\.[a-z]{2,3}){0,2}\b\s*[:|-]?\s*|\s*[:|-]?\s*(?:(?:en|bij|auf|sur|su|na|på|no|de) )?amazon(?:\.[a-z]{2,3}){0,2}$/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function compile(groups: typeof titles, key: (text: string) => string): Map<string, AmazonPage> {
  const out = new Map<string, AmazonPage>();
  for (const [page, texts] of groups) for (const text of texts) out.set(key(text), page);
  return out;
}

const titlePages = compile(titles, (title) => normalisePageText(title).replace(storefrontName, ""));
const phrasePages = compile(phrases, normalisePageText);
// One pass over a text for all phrases; the longest first, so the match names the fullest one.
const phrasePattern = new RegExp([...phrasePages.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|"));

const pageUrls: ReadonlyArray<readonly [RegExp, AmazonPage]> = [
  [/\/errors\/validatecaptcha/i, robotCheck],
  [/\/(?:ap\/(?:signin|mfa|cvf)|ax\/claim)\b/i, signIn],
];

/** The page a whole title names ("Robot Check", "Amazon Anmelden", "Amazon.com Page Not Found"). */
export function pageForTitle(title: string): AmazonPage | null {
  return titlePages.get(normalisePageText(title).replace(storefrontName, "")) ?? null;
}

export const storefrontOnly: AmazonPage = { kind: "blocked", page: "storefront page, not the product's" };

/**
 * A title that is only the storefront's name ("Amazon.co.jp") is what captcha pages and
 * interstitials are called: it names no product. Worth less than any phrase, which says
 * more precisely what the page was, so it is asked last.
 */
export function isStorefrontName(title: string): boolean {
  const normalised = normalisePageText(title);
  return normalised !== "" && normalised.replace(storefrontName, "") === "";
}

/** The page a text reveals, with the phrase that gave it away. */
export function pageForText(text: string): { page: AmazonPage; phrase: string } | null {
  const match = phrasePattern.exec(normalisePageText(text));
  if (!match) return null;
  const page = phrasePages.get(match[0]);
  return page ? { page, phrase: match[0] } : null;
}

/** The page a URL is ("/errors/validateCaptcha", "/ap/signin"), with the part that says so. */
export function pageForUrl(url: string): { page: AmazonPage; part: string } | null {
  for (const [pattern, page] of pageUrls) {
    const match = pattern.exec(url);
    if (match) return { page, part: match[0] };
  }
  return null;
}
