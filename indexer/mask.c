/* mask.c — personal data masked for public readers (mask.h): the rules
 * loaded from corpus-config/mask.ini and its lists, the patterns of РД,
 * phone numbers and addresses, and the replacing of what is found, with
 * every byte range that pointed into a text (an article's parts) moved.
 *
 * Not for: finding names (masknames.c), deciding which documents are
 * masked or writing their copies (worker.c, run.c).
 */
#include "indexer/mask.h"

#include <string.h>

#include "core/cfgfile.h"
#include "core/schema.h"
#include "indexer/masknames.h"
#include "indexer/patterns.h"

/* Bumped when the way names or patterns are found changes, so that
 * every masked document is masked again by the next index run. */
#define IX_MASK_VERSION "30"

/* The kinds a pattern finds alone: mask.ini's key in [patterns] (and
 * key.N), the placeholder, and the rules used when mask.ini gives none
 * (a mask.ini that does not load must not unmask anything).  Group 1,
 * when a pattern has one, is what is masked: the number after "утас:" or
 * "дансны дугаар", the date before "... төрсөн".  The rules of rd and
 * phone are mask.ini's, character for character (test_mask checks that
 * both mask alike); mask.ini's comment says what each kind covers. */
/* A date in Mongolian: 2009 оны 4 дүгээр сарын 2, 1975 онд 6 сарын 30, and
 * as a form's boxes are filled in, 2009 он 04 сар 02. */
#define DATE_MN                                                                                                             \
    "\\d{4}\\s*он(?:ы|д)?\\s*\\d{1,2}(?:\\s*(?:дугаар|дүгээр)|\\s*-?\\s*(?:р|н))?\\s*сар(?:ын)?\\s*\\d{1,2}" \
    "(?:\\s*-?\\s*(?:ний|ны|нд|ндаа))?(?:\\s*өдөр)?"
/* 2009.04.17, 17.04.2009; not an article's number run into a date
 * ("7.2.1960 оны 1 дүгээр сарын 1": the text's "7.2." then "1960 оны"). */
/* ...and as Korean documents write it, a space after each point: 2006. 4. 19. */
#define DATE_NUM                                                                                                       \
    "\\d{4}[./-]\\d{1,2}[./-]\\d{1,2}|\\d{1,2}[./-]\\d{1,2}[./-]\\d{4}(?!\\s*оны\\s*\\d)|\\d{4}\\.[ ]\\d{1,2}\\.[ ]\\d{1,2}\\.(?!\\d)"
/* A date as Kazakh clerks write it, the year first or last, the month by
 * its Kazakh name (1979 ж. 12 қаңтар, 1979 жылғы 12 қаңтарда, 12 қаңтар
 * 1979 ж.). */
#define MONTH_KZ "(?:қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан)\\p{L}*"
#define DATE_KZ                                                                                                        \
    "\\d{4}\\s*(?:ж\\.|жылғы|жылы)\\s*\\d{1,2}\\s*-?\\s*" MONTH_KZ                                    \
    "|\\d{1,2}\\s*" MONTH_KZ "\\s*\\d{4}(?:\\s*(?:ж\\.|жылғы|жылы))?"
/* ...and as Russian ones do (8 марта 1986). */
#define DATE_RU                                                                                                        \
    "\\d{1,2}\\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\\s+\\d{4}"
/* A date with a two-digit year (85.07.11, 11/07/85): a date of birth only
 * where a word for birth stands right beside it. */
#define DATE_SHORT "(?<![\\d./-])\\d{2}(?:\\.\\d{2}\\.|/\\d{2}/|-\\d{2}-)\\d{2}(?![\\d./]|-\\d)"
#define MONTH_EN "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?"
/* Not before a currency: 95000000 төгрөг is an amount, not a phone. */
#define CURRENCY "(?!\\s*(?i:төг|₮|mnt|tug|ам\\.?\\s*доллар|доллар|юан|вон|рубл|usd|cny|krw|rub|eur|\\$|сая\\b|мянга))"
/* An English date: 12 May 1975, the 15th of March 1991, March 15, 1991. */
#define DATE_EN                                                                                                        \
    "\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?" MONTH_EN ",?\\s+\\d{4}|" MONTH_EN                                        \
    "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
/* A date of birth written out in words, or in words and digits mixed, as
 * a clerk or a translator spells it: in English the day an ordinal (the
 * third of March, October twelfth), the year in words or digits (two
 * thousand and ten, nineteen eighty-five, 1985), a line break anywhere
 * between its words; in Mongolian the month an ordinal word (есдүгээр
 * сар, арван нэгдүгээр сар) or a number, the day a number word in the
 * genitive or locative (арван долооны өдөр, хорин нэгэнд), the year in
 * digits or words (мянга есөн зуун наян найман оны). */
#define NUM_UNITS_EN "(?:one|two|three|four|five|six|seven|eight|nine)"
#define NUM_TWO_EN                                                                                                     \
    "(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]*" NUM_UNITS_EN "(?![a-z]))?|ten|eleven|"      \
    "twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:oh|o)[\\s-]+" NUM_UNITS_EN "|" NUM_UNITS_EN ")"
#define YEAR_WORDS_EN                                                                                                  \
    "(?:(?:nineteen|twenty)(?:[\\s-]+|(?=[a-z]))(?:hundred(?:\\s+and)?\\s+)?" NUM_TWO_EN                              \
    "|two\\s+thousand(?:(?:\\s+and)?[\\s-]+" NUM_TWO_EN ")?)(?![a-z])"
#define DAY_WORDS_EN                                                                                                   \
    "(?:(?:twenty|thirty)[\\s-]*(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|"  \
    "fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|"     \
    "twentieth|thirtieth)(?![a-z])"
#define MONTH_FULL_EN                                                                                                  \
    "(?:january|february|march|april|may|june|july|august|september|october|november|december|jan\\.|feb\\.|mar\\.|"  \
    "apr\\.|jun\\.|jul\\.|aug\\.|sept?\\.|oct\\.|nov\\.|dec\\.)"
/* ...a day, month and year of which one at least is in words: the day
 * first (the third of March two thousand and ten, 3rd of March two
 * thousand ten, the twelfth of October, 1985) or the month first (March
 * the third, two thousand and ten); the year may be left out. */
#define DATE_WORDS_EN                                                                                                  \
    "(?:the\\s+)?(?:" DAY_WORDS_EN "(?:\\s+day)?\\s+(?:of\\s+)?" MONTH_FULL_EN "(?:,?\\s+(?:in\\s+)?(?:the\\s+year\\s+)?(?:"         \
    YEAR_WORDS_EN "|\\d{4}(?!\\d)))?|\\d{1,2}(?:st|nd|rd|th)?(?:\\s+day)?\\s+(?:of\\s+)?" MONTH_FULL_EN ",?\\s+" YEAR_WORDS_EN       \
    "|" MONTH_FULL_EN "\\s+(?:the\\s+)?" DAY_WORDS_EN "(?:,?\\s+(?:" YEAR_WORDS_EN "|\\d{4}(?!\\d)))?|" MONTH_FULL_EN     \
    "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+" YEAR_WORDS_EN ")"
#define NUM_UNITS_MN "(?:нэг|хоёр|гурав|гурв|дөрөв|дөрв|тав|зургаа|долоо|дол|найм|ес)"
/* A month as an ordinal word (есдүгээр, арван хоёрдугаар, долоо дугаар)
 * or a number word (есөн сар, арван хоёр сар). */
#define MONTH_WORDS_MN                                                                                                 \
    "(?:(?:(?:арван\\s+)?" NUM_UNITS_MN "|арав)(?:аа|оо|өө)?\\s?(?:дугаар|дүгээр)|(?:арван\\s+)?(?:нэгэн|хоёр|"            \
    "гурван|дөрвөн|таван|зургаан|долоон|найман|есөн)|арван)"
/* A day as a number word with its ending (арван долооны, хорин нэгний,
 * гучны, тавны, арван тавнд, нэгэнд; the spoken locative тавнаа, арван
 * долоонд), or an ordinal (арван долдугаар). */
#define DAY_WORDS_MN                                                                                                   \
    "(?:(?:(?:арван|хорин|гучин)\\s+)?(?:нэг|хоёр|гурав|гурв|дөрөв|дөрв|тав|зургаа|долоо|найм|ес)|арав|арв|хорь|хори|" \
    "гуч)(?:н|өн|эн|ан|он)?(?:ндаа|ндээ|ндоо|ндөө|наа|нээ|ноо|нөө|ы|ий|ны|ний|нд|д|т|\\s?(?:дугаар|дүгээр))?(?![а-яөүё])"
/* A year in words (мянга есөн зуун наян найман оны, хоёр мянга арван
 * оны). */
#define YEAR_WORDS_MN                                                                                                  \
    "(?:(?:хоёр\\s+)?мянга[н]?(?:\\s+есөн\\s+зуун)?(?:\\s+(?!оны?\\b)[а-яөүё]+){0,2}\\s+оны?)"
#define DATE_WORDS_MN                                                                                                  \
    "(?:(?:\\d{4}\\s*оны?|" YEAR_WORDS_MN ")\\s*)?(?:" MONTH_WORDS_MN "|\\d{1,2}(?:\\s*(?:дугаар|дүгээр)|\\s*-?\\s*(?:р|н))?" \
    ")\\s*сар(?:ын)?\\s*(?:" DAY_WORDS_MN "|\\d{1,2}(?:\\s*-?\\s*(?:ний|ны|нд|ндаа))?)(?:\\s*өдөр\\p{L}*)?"
/* ...and a date as Mongolian is typed in Latin letters (2010 ony 3 sariin
 * 3-nd, 2010 oni 3-r sarin 15). */
#define DATE_LATIN_MN                                                                                                  \
    "\\d{4}\\s*(?:ony|oni|onii|on)\\s*\\d{1,2}(?:\\s*-?\\s*(?:r|n)|\\s+(?:dugaar|dugeer|dygeer))?\\s*(?:sariin|saryn|"   \
    "sarin|sar)\\s*\\d{1,2}(?:\\s*-?\\s*(?:nd|nii|ny|ni|n))?(?:\\s+udur|\\s+odor)?"
/* A passport's number with its digits in groups (E 123 4567, Э 12 345 67,
 * E1987 6543, E 8812 3390 1), six to nine of them. */
#define PASSPORT_GROUPED                                                                                               \
    "(?-i:[A-ZА-ЯЁӨҮ]{1,2})[\\s-]?(?=(?:\\d[\\s-]?){6,9}(?![\\s-]?\\d))\\d{1,4}(?:[\\s-]\\d{1,5}){1,3}(?![\\s-]?\\d)"
/* ...or read out a digit at a time after its series (E-1 2 3 4 5 6 7, Э 0 4
 * 5 1 2 8 7 9): after a word for it, nothing else is written so. */
#define PASSPORT_SPACED "(?-i:[A-ZА-ЯЁӨҮ]{1,2})?[\\s-]?\\d(?:[ ]\\d){5,8}(?![ ]?\\d)"
/* A passport's number after its word: a series of one or two letters
 * (E1234567, ЭА 1234567) or none, nine digits at most (a Chinese
 * E12345678, an American 561234789), a country's ISO code before it as
 * travel documents print it (GBR 523456789, MNG E1234567). */
#define PASSPORT_NUMBER                                                                                                \
    "(?:(?-i:[A-Z]{3})[\\s-]?)?(?-i:[A-ZА-ЯЁӨҮ]{1,2})?[\\s-]?\\d{6,9}"
/* ...or any other country's shape of capitals and digits run together,
 * six digits at least among them (a Philippine P8765432A, AB1234567C,
 * 12AB34567): after a word for a passport, whatever the shape. */
#define PASSPORT_MIXED "(?-i:(?=(?:[A-ZА-ЯЁӨҮ]*\\d){6})[A-ZА-ЯЁӨҮ]{0,3}\\d[A-ZА-ЯЁӨҮ\\d]{5,11})"
/* A vehicle plate: 1234 УБА, 12-34 УНА, УБА 1234, 1234 UBA; a city's
 * letters before one (УБ 12-34 УНА) are its. */
#define PLATE                                                                                                          \
    "(?:[А-ЯЁӨҮ]{2}[ \\t])?(?:\\d{4}|\\d{2}[\\s-]\\d{2})\\s?(?:[А-ЯЁӨҮ]{2,3}|[A-Z]{3})|(?:[А-ЯЁӨҮ]{3}|[A-Z]{3})\\s?(?:\\d{4}|\\d{2}-\\d{2})"
/* A plate as other countries write it, after a word for it (Illinois
 * plate CV 48213, licence plate 7ABC123, registration ABC-1234, UBA
 * 12-34): capitals and digits, both, in up to three groups, four to ten
 * of them in all; never a word in capitals alone nor a number alone. */
#define PLATE_FOREIGN                                                                                                  \
    "(?-i:(?=[A-Z\\d -]{4,10}(?![\\w-]))(?=[A-Z -]*\\d)(?=[\\d -]*[A-Z])[A-Z\\d]{1,8}(?:[ -][A-Z\\d]{1,5}){0,2})"
/* The words a plate's number follows in English, a state's or country's
 * name before them (Illinois license plate number, vehicle registration
 * no., the car's plates reading). */
#define PLATE_WORDS_EN                                                                                                 \
    "(?i:(?:(?:licen[cs]e|number|registration|vehicle|tag)\\s+)?plates?(?:\\s+(?:number|no\\.?|reading|bearing))?|"          \
    "registration\\s+(?:plate|mark)s?|(?:vehicle|car|van|truck)(?:'s)?\\s+registration(?:\\s+(?:number|no\\.?))?|"           \
    "tag\\s+number)"
/* A Chinese plate: a province's character, its city's letter, five or six
 * capitals and digits (蒙H·12345, 京A12345, 粤B D12345): so written it is a
 * plate wherever it stands. */
#define PLATE_CN                                                                                                       \
    "(?<![A-Za-z\\d])[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•・.\\s-]?(?=[A-Z]{0,5}\\d)[A-Z\\d]{5,6}(?![\\p{L}\\d])"
/* A Mongolian plate's letters: the first two its city's or province's
 * series (Ulaanbaatar's УБ, УН, УА, УК, УЕ; an aimag's: Архангай АР,
 * Баян-Өлгий БӨ, Дархан-Уул ДА, Дорнод ДО, Орхон ОР, Хөвсгөл ХӨ …), the
 * third any capital; in Latin as they are typed on a Latin keyboard (Ө
 * and Ү as O or U, Х as H or X).  Not the English words and bodies of
 * three capitals so spelt (SEC, DOJ, UAE, TOP, BUS): a number beside one
 * is a year or a rule's. */
#define PLATE_MN_LETTERS                                                                                               \
    "(?!(?:SEC|SEA|SET|SEE|SUV|SUN|SUE|SUM|TOP|TOO|TON|TOY|TOM|TOR|DOG|DOE|DOJ|DOS|DOT|DOD|DOL|DOC|DUE|DUI|DUP|ORS|"   \
    "ORE|ORG|GAO|GAS|GAP|GAL|UAE|UBS|UNO|UNI|UNC|UKP|BOE|BOJ|BUT|BUY|BUS|BOX|BOY|HOA|HOT|HOW|HOU|HUD|HUB|HEN|HER|HEW|" \
    "ZAR|ARE|ARM|ART|ARK|ARC|OVA|DAY|DAM|DAD|DAX|UVA|OMB|SEK|TOT)(?![A-Z]))"                                       \
    "(?:(?:UB|UN|UA|UK|UE|AR|BO|BU|BH|BX|GA|GS|DA|DG|DO|DU|ZA|OR|OV|UV|OM|UM|SU|SE|TO|TU|HO|HU|HE|XO|XU|XE)[A-Z]|"     \
    "(?:УБ|УН|УА|УК|УЕ|АР|БӨ|БХ|БУ|ГА|ГС|ДА|ДГ|ДО|ДУ|ЗА|ОР|ӨВ|ӨМ|СҮ|СЭ|ТӨ|УВ|ХО|ХӨ|ХЭ)[А-ЯЁӨҮ])"
/* A Russian plate as written in Latin or Cyrillic: a letter, three digits,
 * two letters (of the twelve both alphabets share) and the region's two or
 * three digits (A123BC 77, В 456 ОР 154). */
#define PLATE_RU                                                                                                       \
    "(?<![\\p{L}\\d/.-])[ABEKMHOPCTYXАВЕКМНОРСТУХ][ ]?\\d{3}[ ]?[ABEKMHOPCTYXАВЕКМНОРСТУХ]{2}[ ]?\\d{2,3}(?![\\p{L}\\d/-]|[.,]\\d)"
/* The social networks whose account names a decision quotes. */
#define APPS                                                                                                           \
    "facebook|фэйсбүүк|фэйсбук|instagram|инстаграм|tiktok|тикток|telegram|телеграм|wechat|вичат|viber|вайбер|"         \
    "(?<!\\p{L})vk(?!\\p{L})|vkontakte|вконтакте|messenger|мессенжер|odnoklassniki|одноклассники"
/* Chats and games whose users go by a handle (Discord: name#1234,
 * Roblox username, PUBG ID): a handle only after the platform's word.  The
 * ones that are also English words (Line, Signal, Steam) only before
 * "ID" or "username"; Instagram's and Telegram's short names only before
 * a colon. */
#define CHAT_APPS                                                                                                      \
    "discord|дискорд|twitter|твиттер|snapchat|снапчат|twitch|roblox|роблокс|reddit|kik|wickr|pubg|free\\s?fire|"          \
    "mobile\\s+legends|(?:line|signal|steam)(?=[\\s-]+(?:id|username|user\\s?name|handle)(?!\\p{L}))|"                   \
    "(?<!\\p{L})(?:ig|insta|tg)(?=\\s*[:：])"
/* A quotation's marks around an account's name: the opening one not right
 * after a word (танилцсан" closes a quotation; an ASCII '"' opens and
 * closes alike), neither with a space inside, so that the words between
 * two quotations are never taken for one. */
#define OPEN_QUOTE "(?<![\\p{L}\\d])[\"«“](?!\\s)"
#define CLOSE_QUOTE "(?<!\\s)[\"»”]"
/* The class after a school: 9б анги, 10-р ангийн, 9 “б” ангийн; its
 * number and letter alone after a comma, as a table's cell gives it
 * (17-р сургууль, 8в): with the letter it is the child's class. */
#define CLASS_MN                                                                                                       \
    "(?:\\s+\\d{1,2}\\s?-?[\"“«'‘]?[а-яА-ЯөүӨҮa-zA-Z]?[\"”»'’]?(?:\\s*-?\\s*р|\\s+(?:дугаар|дүгээр))?\\s+анги\\w*|"                          \
    ",?[ \\t]+\\d{1,2}[ \\t]?-?[\"“«'‘]?[а-яА-ЯөүӨҮa-zA-Z][\"”»'’]?(?![\\p{L}\\d]|\\.\\p{L}))?"
/* Capitalised words that open no school's name: a pronoun, a people's
 * name (Монгол сургууль is any Mongolian school), a university's Их. */
#define NOT_SCHOOL_NAMES "Тэр|Энэ|Манай|Миний|Түүний|Тэдний|Бидний|Таны|Монгол|Хятад|Орос|Солонгос|Их|Дээд|Улсын"
/* Capitalised words before a university's name that are none of it: a
 * party's role opening the sentence, a pronoun. */
#define NOT_UNIVERSITY_NAMES                                                                                           \
    "Хохирогч|Шүүгдэгч|Гэрч|Яллагдагч|Ялтан|Сэжигтэн|Хамсаатан|Тэр|Тэрээр|Энэ|Миний|Түүний|Манай|Охин|Хүү"
#define NOT_SCHOOL_NAMES_EN "The|A|An|At|In|Of|To|And|His|Her|Its|Their|This|That|Public|State|Primary|Secondary|High"
/* The kinds of school between its name and the word (ерөнхий
 * боловсролын, хувийн). */
#define SCHOOL_KINDS_MN                                                                                                \
    "(?:ерөнхий[ \\t]+боловсролын|бүрэн[ \\t]+дунд|дунд|бага|хувийн|олон[ \\t]+улсын|цогцолбор|лаборатори)"
/* Before a numbered school: the word of its name right before the number
 * goes with it (Сүхбаатар сумын Лаборатори 1 дүгээр сургууль, Хилчин 2-р
 * сургууль): left out, it names the school still; not a word in the
 * genitive, a town's (Замын-Үүдийн 2-р сургууль).  The soum, town or
 * district it is in stays (Замын-Үүд сумын [сургууль], Баянгол дүүргийн
 * [сургууль]), as the aimag and soum of a rural home do: a place many
 * live in, which the school's number alone made one child's. */
#define SCHOOL_PLACE                                                                                                   \
    "(?:(?:(?!(?:" NOT_UNIVERSITY_NAMES "|" NOT_SCHOOL_NAMES "|Мөн|Харин|Гэвч|Иймд|Тухайн|Тус|Уг|Нэг|Хоёр)(?!\\p{L}))" \
    "[А-ЯЁӨҮ][\\p{L}-]+(?<!ын)(?<!йн)|(?i:лаборатори|цогцолбор|гимнази))\\s+(?=\\d))?"
/* The word for a school (surguuli-d, tsetserlegt) and the kind of school
 * before it, after the school's number. */
#define SCHOOL_LATIN_MN                                                                                                \
    "[ \\t]+(?:(?:yerunkhii|yerunhii|erunkhii|erunhii|ebs|dund|buren|khuviin|huviin)[ \\t]+)*"                        \
    "(?:surguul|surgoul|tsetserleg|cecerleg)[a-z]*(?:-[a-z]{1,4})?(?![\\w-])"
/* ...and the class after it (10a angid, 9-r angiin, 7 "b" angi): a school's
 * number with no ordinal (1 surguuli) is one school only when a class
 * and its letter follow (3 surguuli, 40 angi: three schools, forty
 * classes). */
#define CLASS_LATIN_MN_ONE                                                                                             \
    ",?[ \\t]+\\d{1,2}[ \\t]?-?[\"'“‘]?[a-zA-Zа-яА-ЯөүӨҮ]?[\"'”’]?(?:[ \\t]*-?[ \\t]*r)?[ \\t]+angi[a-z]*(?:-[a-z]{1,4})?"
#define CLASS_LATIN_MN "(?:" CLASS_LATIN_MN_ONE ")?"
#define CLASS_LATIN_MN_LETTER                                                                                          \
    "[ \\t]+\\d{1,2}[ \\t]?-?[\"'“‘]?[a-zA-Zа-яА-ЯөүӨҮ][\"'”’]?[ \\t]+angi"
/* A pupil's class alone, in English (Class 7a, form 9B): its letter says
 * it is a school's class. */
#define CLASS_ALONE_EN "(?<![\\w])(?i:class|form)\\s+\\d{1,2}\\s?[a-zA-Z](?![\\w])"
/* The class after a school in English: class 9B, grade 10. */
#define CLASS_EN "(?:,?\\s+(?:class|grade|form|year)\\s+\\d{1,2}\\s?[a-zа-яё]?(?![\\w]))?"
/* A person's age (14 настай, 15 насны, нас 16, aged 14, age: 16, 17 years
 * old, 16-year-old, 15 y.o.): a full date beside it is their birth's. */
#define AGE                                                                                                            \
    "(?i:(?<![\\d.])\\d{1,2}\\s*-?\\s*(?:настай|насны|насандаа|нас(?!\\p{L})|(?:years?|yrs?)(?:[\\s-]+old)?|"        \
    "y\\.?\\s?o\\.?(?!\\p{L}))|(?<!\\p{L})(?:aged?|нас(?:тай)?)\\s*:?\\s*\\d{1,2}(?!\\d))"
/* A numbered part of an address (2 дугаар багт, 45-12 тоот): what alone may
 * bring digits between a date and "... төрсөн" (the birthplace). */
#define ADDR_NUM                                                                                                       \
    "(?<![\\d.])\\d{1,4}(?:[-–/]\\d{1,4})?(?:[ \\t]?[-–][ \\t]?(?:р|н|ийн|ын|рт|нд|д|т))?(?:[ "       \
    "\\t]+(?:дугаар|дүгээр|дахь|дэх))?[ \\t]*(?:баг|хороо|байр|гудамж|тоот|хашаа|хэс)"
/* What OCR reads for a capital У or Ү: a РД read from a scan keeps it. */
#define OCR_CAPITALS "¥"
/* A РД's eight digits in groups as a clerk spaces them (04 21 15 68, 0421
 * 1568, 04.21.15.68, 042 115 68): after a word for it, any letters
 * before them are its. */
#define RD_GROUPS                                                                                                      \
    "\\d{2}(?:[ \\t./-]\\d{2}){3}|\\d{4}[ \\t]\\d{4}|\\d{2}[ \\t]\\d{6}|\\d{6}[ \\t]\\d{2}|\\d{3}[ \\t]\\d{3}[ \\t]\\d{2}"
/* A РД typed in lower case with its digits spaced (жи 04 21 15 68, ув
 * 0511 2233) and no word for it: only when the digits read as a birth date
 * (a month 01-12, or 21-32 for those born after 1999; a day 01-31), spaced
 * by single spaces (a law's table row, "ус<tab>10<tab>30<tab>10<tab>20", is
 * none), and not after a two-letter word (нь 12 ..., ус 10 ...). */
#define RD_LOWER                                                                                                       \
    "(?<![\\p{L}\\d])(?!(?:нь|ба|бө|юу|ээ|аа|уу|үү|ус|би|та|ах|эх|эм|ам|ой|он|ор|эр|үр|ил|ир|ав|өг|эд|ол|өө)[ -])"  \
    "[а-яёөү]{2}(?:[ ]|[ ]?-[ ]?)\\d{2}[ ]?(?:0[1-9]|1[0-2]|2[1-9]|3[0-2])[ ]?(?:0[1-9]|[12]\\d|3[01])[ ]?\\d{2}"    \
    "(?![ \\t]?\\d)"
/* A РД whose eight digits a table's narrow cell or a line break split in
 * two (УБ92<br>041133, УБ 9204 1133, УБ80-010203) or in pairs: the letters
 * are capitals, the groups as a number is written, nothing after. */
#define RD_SPLIT                                                                                                       \
    "(?<![\\p{L}\\d])[А-ЯЁӨҮA-Z" OCR_CAPITALS "]{2}[ \\t]?-?[ \\t]?(?:\\d{2}(?:\\s{1,2}|-[ \\t]*\\n?[ \\t]*)\\d{6}|"  \
    "\\d{4}(?:\\s{1,2}|-[ \\t]*\\n[ \\t]*)\\d{4}|\\d{6}(?:\\s{1,2}|-[ \\t]*\\n?[ \\t]*)\\d{2}|\\d{2}(?:[ \\t]\\d{2}){3}|"    \
    "\\d{3}[ \\t]\\d{3}[ \\t]\\d{2})(?![ \\t]?\\d)"
/* ...and in pairs between slashes, dots or hyphens (УВ93/08/11/04,
 * СБ/80/01/01/23, БЗ85-11-30-12). */
#define RD_SEPARATED \
    "(?<![\\p{L}\\d])[А-ЯЁӨҮA-Z" OCR_CAPITALS "]{2}[ \\t]?[/-]?[ \\t]?\\d{2}(?:[/.-]\\d{2}){3}(?![/.-]?\\d)"
/* ...and with a full stop between its letters, as initials are written
 * (У.Б 08250611, РД: У.Б08250612): the second letter without one, so
 * that a name's initials (Б.Б.) before a number stay theirs. */
#define RD_DOTTED "(?<![\\p{L}\\d.])[А-ЯЁӨҮA-Z" OCR_CAPITALS "]\\.[ \\t]?[А-ЯЁӨҮA-Z" OCR_CAPITALS "][ \\t]?\\d{8}(?!\\d)"
/* A neighbouring country's personal number after its word, as a Mongolian
 * decision quotes it: a Kazakh ЖСН/ИИН (IIN, twelve digits, however
 * grouped: 080315 600 123), a Kyrgyz ПИН or an Uzbek ПИНФЛ (fourteen), a
 * Russian ИНН or СНИЛС; a bracketed second name for it between (ЖСН
 * (ИИН)); and a Chinese resident's eighteen digits by their own shape (the
 * region's six, the birth date, three, a check digit or X).  It is that
 * person's РД. */
#define RD_NATIONAL "(?i)(?<!\\p{L})(?:ЖСН|ИИН|IIN|ПИНФЛ|PINFL|ЖШШИР|ПИН|PIN|ИНН|СНИЛС|(?:жеке\\s+сәйкестендіру|индивидуальн\\p{L}*\\s+идентификацион\\p{L}*|(?:personal|individual)\\s+identification)\\s+(?:нөмір\\p{L}*|номер\\p{L}*|number))(?:\\s*\\(\\s*(?:ЖСН|ИИН|IIN|ПИН|PIN|ИНН)\\s*\\))?(?:\\s+(?:дугаар\\p{L}*|нөмір\\p{L}*|номер\\p{L}*|number|no\\.?|нь))*\\s*[:№#.-]?\\s*((?=(?:\\d[ \\t-]?){10,14}(?![ \\t-]?\\d))\\d+(?:[ \\t-]\\d+){0,6})(?![\\d\\p{L}])|(?<![\\d\\p{L}])\\d{6}(?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3}[\\dXx](?![\\d\\p{L}])"
/* Where a phone number may start: not inside a longer number nor after
 * a decimal point, but after another number and a comma (утас:
 * 99871234,88871234), as a list of one's numbers is written. */
#define PHONE_START "(?<![\\d+])(?:(?<!\\d[.,])|(?<=\\d{8},))"
/* A landline's number after its area code in brackets: Ulaanbaatar's
 * 70xx/75xx, a province's or a British town's 0xx-0xxxxx, then four to
 * eight digits in groups. */
#define PHONE_AREA                                                                                                     \
    "(?<![\\w(])\\((?:0\\d{2,5}|7[05]\\d{2})\\)[ \\t-]?(?=(?:[ \\t-]?\\d){4,8}(?![ \\t-]?\\d))\\d{1,5}"             \
    "(?:[ \\t-]\\d{1,4}){0,3}(?![\\d-])"
/* The number after a word for phone: digits in groups, a country or area
 * code in brackets ((+976) 99 08 77 42, (99)112255); never a bracket that
 * closes what the text opened before (утас 99660011) 2022 онд), nor the
 * year a sentence goes on with. */
#define PHONE_AFTER_NUMBER                                                                                             \
    "(\\+?(?:\\(\\+?\\d{1,4}\\)[\\s-]?)?\\d(?:\\d|\\(\\d{1,4}\\)|(?:[ \\t-]|\\n(?!\\d{1,3}[.)]))(?=\\(?\\d)"         \
    "(?!(?:19|20)\\d\\d\\s*(?:он|year)))"                                                                            \
    "{4,18}(?<=\\d))"
/* The names of identity documents whose number is a person's: an ID card
 * (citizen's, driver's, soldier's, worker's, student's), a social or health
 * insurance book, in Mongolian and English (a licence or permit to drive,
 * a social security, national insurance or identity number, a green or
 * residence card).  Work and residence permits and birth certificates have
 * their own rule. */
#define ID_DOCUMENT                                                                                                    \
    "(?i)(?<!\\p{L})(?:(?:иргэний|жолооны|жолоочийн|жолоодох\\s+эрхийн|жолооны\\s+эрхийн|цэргийн|ажлын|оюутны|"      \
    "сурагчийн)\\s+"   \
    "үнэмлэх|үнэмлэх(?=\\p{L}*\\s*\\(?\\s*(?:№|(?-i:N[oо])\\.?\\s*\\d))|"  \
    "(?:student|pupil|school)'?s?\\s+(?:id(?:entity)?\\s+)?card|student\\s+id|водительск\\p{L}*\\s+(?:удостоверени|прав)" \
    "|удостоверени\\p{L}*\\s+личности|вод\\.\\s*удост\\.?|(?:нийгмийн|эрүүл\\s+мэндийн)\\s+"    \
    "даатгалын\\s+(?:дэвтэр|карт|гэрчилгээ)|(?:national\\s+)?(?:id|identity|identification)\\s+card|"                 \
    "national\\s+id(?:entity)?|identity\\s+(?:document|number)|driver'?s?'?\\s+licen[cs]e|driving\\s+licen[cs]e|"   \
    "driver'?s?'?\\s+permit|learner'?s?'?\\s+permit|social\\s+security(?:\\s+card)?|SSN|national\\s+insurance|"      \
    "NI(?=\\s+(?:number|no))|green\\s+card|residence\\s+card)\\p{L}*"
/* Such a number: up to three capitals, then five to twenty digits alone
 * or in groups (0412759, E123-4567-8901, 334-71-0925, AB 12 34 56 C), a
 * card's series before its № (ИУ№ 04881235, NFKC's ИУNo, its o made
 * Cyrillic by the mixed-script mending: ИУNо) and digits read out one by
 * one (0 4 8 8 1 2 3 5). */
#define ID_NUMBER                                                                                                      \
    "(?-i:[A-ZА-ЯЁӨҮ]{1,3}[ -]?)?(?:(?-i:N[oо]|№)\\.?[ ]?)?(?=(?:\\d[ -]?){5,20}(?![ -]?\\d))\\d+(?:[ -]\\d+){0,19}"            \
    "(?:[ ](?-i:[A-D]))?"
/* Words of money sent (шилжүүлсэн, transferred, wired): the number they
 * were sent to is an account's though no "данс" names it. */
#define TRANSFER_WORD                                                                                                  \
    "(?<!\\p{L})(?:(?i:мөнгө\\p{L}*\\s+)?(?i:шилжүүл|хүлээн\\s+ав)\\p{L}*|(?i:transferred|wired|remitted|deposited|"  \
    "paid|sent)(?!\\p{L}))"
/* A bank account's number: eight to twenty digits, run together or in
 * groups of two to six however a bank or a clerk spaced them (1105 0042
 * 7719, 3005 118 442, 4200 1177 65, 1002-345-678901), the whole run and
 * no year in it (2023-2024 онд). */
#define ACCOUNT_NUMBER                                                                                                 \
    "(?=(?:\\d[ \\t-]?){8,20}(?![ \\t-]?\\d))(?!(?:19|20)\\d\\d[ \\t-](?:19|20)\\d\\d(?!\\d))(?:\\d{8,20}|\\d{2,6}"   \
    "(?:[ \\t-]\\d{2,8}){1,5})(?![ \\t-]?\\d)"
/* What says the number after it is an account: the word (данс, account,
 * IBAN) with its label, or a bank's name (Голомт банкны, ХасБанк данс,
 * Golomt Bank, an account with Golomt Bank); a bank's abbreviation or its
 * name of up to three capitalised words may stand between the label and
 * the number (данс ХХБ 499001122, Account TDB 4400112233, account Chase
 * 4419 0081 2231, account BDO Unibank 0045 2210 9981); the number's
 * label may open a bracket after the bank (account at Golomt Bank (No.
 * 1102 0045 8831), Хаан банк (№ 5012 3344 77)). */
#define ACCOUNT_LABEL                                                                                                  \
    "(?i)(?:(?:данс\\w*|dans(?:aar|and|ny|nii|ruu|nd|d)?|account|acct\\.?|IBAN|a/c)(?:\\s+(?:with|at|in)\\s+(?:the\\s+)?(?:[\\w-]+\\s+){1,3}bank)?|"      \
    "банк\\w*(?:\\s+(?:харилцах\\s+|хадгаламжийн\\s+|картын\\s+)?данс\\w*)?|bank(?:ny|nii|ni|iin|nd)?(?:\\s+(?:account|"    \
    "(?:khariltsakh\\s+|kharilcah\\s+|khadgalamjiin\\s+)?dans\\w*))?)"                  \
    "(?:\\s+(?:дугаар\\w*|dugaar\\w*|number|no\\.?|нь))*\\s*(?:\\(\\s*(?:(?:account|acc\\.?|a/c|данс\\w*)(?:\\s+(?:no\\.?|"      \
    "number|№|#|дугаар\\w*))?|no\\.?|number|№|#|дугаар\\w*)\\s*)?[:№#.-]?\\s*(?:(?-i:(?:[A-ZА-ЯЁӨҮ]{2,5}|"          \
    "\\p{Lu}[\\p{Ll}&'-]+)" \
    "(?:\\s+(?:[A-Z]{2,5}|\\p{Lu}[\\p{Ll}&'-]+)){0,2})"       \
    "(?:\\s*[:-]\\s*|\\s+))?"
static const struct {
    const char *key;
    ix_mask_kind kind;
    const char *replacement;
    const char *fallback[24];
} pattern_kinds[] = {
    {"rd",
     IX_MASK_RD,
     "[РД]",
     {"(?<![\\p{L}\\d])(?:[А-ЯЁӨҮA-Z" OCR_CAPITALS "]{2}[ \\t]?-?[ \\t]?|[А-ЯЁӨҮа-яёөүA-Za-z]{2}-?)\\d{8}(?!\\d)",
      "(?i)(?<!\\p{L})(?:РД|регистр\\w*(?:\\s+дугаар\\w*)?|registration\\s+(?:number|no\\.?)|ID(?:\\s+(?:number|no\\.?))?)"
      "(?:\\s+нь)?\\s*[:№#.-]?\\s*([\\p{L}" OCR_CAPITALS "]{2}[ \\t]?-?[ \\t]?(?:\\d{8}(?!\\d)|(?:" RD_GROUPS
      ")(?![ \\t]?\\d)))",
      "(?<![\\d-])\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])[ \\t]?-[ \\t]?[1-8]\\d{6}(?![\\d-])",
      RD_SPLIT, RD_SEPARATED, RD_DOTTED, RD_LOWER, RD_NATIONAL}},
    {"phone",
     IX_MASK_PHONE,
     "[утас]",
     {PHONE_START "(?:\\+?976[\\s-]?)?(?:\\(\\d{2,4}\\)\\s?)?[5-9]\\d{3}(?:[\\s.-]?\\d{4}|[\\s.-]\\d{2}[\\s."
      "-]\\d{2})(?!\\d)" CURRENCY,
      PHONE_START "(?:\\+?976[\\s-]?)?[5-9]\\d(?:[\\s.-]\\d{2}){3}(?!\\d)" CURRENCY,
      /* 88 11 4455: two, two and four, as a mobile is read out; and a
       * digit at a time (9 9 4 4 1 1 2 2). */
      PHONE_START "(?:\\+?976[\\s-]?)?[5-9]\\d[ .-]\\d{2}[ .-]\\d{4}(?![\\d.-])" CURRENCY,
      PHONE_START "[5-9](?:[ ]\\d){7}(?![ ]?\\d)",
      /* A British mobile or London number (07700 900123, 020 7946 0018)
       * and an American one ((202) 555-0147, 202-555-0147). */
      "(?<![\\d+])0(?:7\\d{3}[ ]?\\d{6}|[12]\\d{2,3}[ ]\\d{3,4}[ ]\\d{4})(?![\\d])",
      "(?<![\\d+\\w])(?:\\(\\d{3}\\)[ ]?|\\d{3}-)\\d{3}-\\d{4}(?![\\d-])",
      PHONE_START "(?:\\+?976[\\s-]?)?(?:\\([5-9]\\d\\)\\s?|[5-9]\\d-)\\d{6}(?!\\d)" CURRENCY,
      /* 91-112-233: two, three and three, hyphened (never an amount's
       * groups, which spaces or commas join). */
      PHONE_START "(?:\\+?976[\\s-]?)?[5-9]\\d-\\d{3}-\\d{3}(?![\\d-])" CURRENCY,
      "(?<![\\w+])\\+(?=(?:[\\s().-]{0,2}\\d){8,15}(?!\\d))\\d{1,3}[\\s.-]?\\(?\\d{1,4}\\)?(?:[\\s.-]?\\d{2,4}){1,4}(?!"
      "\\d)",
      "(?<![\\d+])((?:01[016789]|1[3-9]\\d)([\\s.-]?)\\d{3,4}\\2\\d{4})(?!\\d)",
      "(?i)(?:утас|утасны|утсаар|утсанд|утсыг|утасаар|phone|tel\\.?|telephone|mobile)(?:\\s+дугаар\\w*)?\\s*[:№.-]?\\s*"
      PHONE_AFTER_NUMBER,
      /* A landline with its area code in brackets ((7011) 2236, (01482)
       * 22 36 41, (011) 32-45-67): a code that is no year ((2019) 3 WLR
       * 12 is a law report). */
      PHONE_AREA}},
    {"email",
     IX_MASK_EMAIL,
     "[и-мэйл]",
     {"(?<![\\w.+-])[\\w.+-]{1,64}@[\\w-]{1,63}(?:\\.[\\w-]{1,63})+",
      "(?i)(?<![\\w.+-])[\\w.+-]{1,64}\\s*[\\[({]\\s*(?:at|эт)\\s*[\\])}]\\s*[\\w-]{1,63}(?:(?:\\.|\\s*[\\[({]\\s*(?:"
      "dot|цэг)\\s*[\\])}]\\s*)[\\w-]{1,63})+",
      "(?i)(?<![\\w.+-])[\\w.+-]{1,64}(?:\\s+dot\\s+[\\w+-]{1,64}){0,3}\\s+at\\s+[\\w-]{1,63}\\s+dot\\s+(?:com|net|org|ru|mn|cn|kr|jp|de|uk|info)\\b"}},
    {"account",
     IX_MASK_ACCOUNT,
     "[данс]",
     {ACCOUNT_LABEL "((?:MN\\s?\\d{2}\\s?)?" ACCOUNT_NUMBER ")" CURRENCY,
      "(?<![\\d.,-])(" ACCOUNT_NUMBER ")(?=\\s*(?:тоот\\s+|дугаар\\w*\\s+|toot\\s+|dugaar\\w*\\s+)?(?:харилцах\\s+|хадгаламжийн\\s+|"
      "картын\\s+|khariltsakh\\s+|khadgalamjiin\\s+)?(?:данс|dans(?:aar|and|ny|nii|ruu|nd|d)?(?![a-z])))",
      "(?<![\\p{L}\\d])[A-Z]{2}\\d{2}(?:(?:[ ]?[A-Z\\d]{4}){3,7}(?:[ ]?[A-Z\\d]{1,3})?|(?=(?:[ ]?\\d){10,30}(?![ ]?\\d))"
      "(?:[ ]?\\d{2,18}){2,6})(?![\\p{L}\\d])",
      /* A card's number: four groups of four, and the three more of a
       * 19-digit UnionPay card (6228 4800 1234 5678 910). */
      "(?<![\\d.,])(\\d{4}([ -])\\d{4}\\2\\d{4}\\2\\d{4}(?:\\2\\d{3}(?![ -]?\\d))?|\\d{16}(?:\\d{3})?)(?!\\d)",
      /* A bank's short name with its ending and no word "банк" (Голомтын
       * 1105004321 руу, ХХБ-ны 4990123456), and an English bank's name,
       * a comma, the number (Khan Bank, 5021 887 341). */
      "(?<!\\p{L})(?:Голомт|Хаан|Хас|Капитрон|Богд|Ариг|Тээвэр\\s+хөгжлийн|(?:ХХБ|ТДБ|ХАС|ҮХОБ)-?)(?:ын|ийн|ны|ний|д|т|аар|ээр)?"
      "\\s+(" ACCOUNT_NUMBER ")" CURRENCY,
      "(?<!\\p{L})[A-Z][\\w-]+[ \\t]+Bank,[ \\t]*(" ACCOUNT_NUMBER ")" CURRENCY,
      /* A British account's sort code (sort code 04-00-04): with the
       * account's number it is the account. */
      "(?i:sort[ \\t-]+code)\\s*(?:is\\s+)?[:#]?\\s*(\\d{2}[-– ]\\d{2}[-– ]\\d{2}|\\d{6})(?![\\d-])",
      /* A number named by the money sent to or from it, not by "данс"
       * (Мөнгө шилжүүлсэн дугаар 5123456780, transferred 400 000 MNT to
       * 5123 4567 80, wired to account 40012345): a bank account's or a
       * card's, or a phone's that a wallet is. */
      TRANSFER_WORD "(?:\\s+(?!(?i:хэр|case|file|шийд|тогтоол|захирамж|магадлал))[^\\s;]+){0,4}?\\s+(?:(?i:карт\\w*|дугаар\\w*)|(?i:to|into)(?:\\s+(?i:the|an?|his|her|their))?"
      "(?:\\s+(?i:card|number|account)(?:\\s+(?i:number|no\\.?))?)?)\\s*[:№#.-]?\\s*(" ACCOUNT_NUMBER ")" CURRENCY,
      /* ...and before the word it was sent to (5123456780 дугаарт 300 000
       * төгрөг шилжүүлсэн): "дугаарт", to the number, never a case's
       * "дугаартай хэрэг" sent on to a prosecutor. */
      "(?<![\\d.,-])(" ACCOUNT_NUMBER ")(?=\\s*(?:дугаарт|дугаар\\s+(?:руу|луу)|тоотод|руу|рүү)\\s+(?:(?!хэр|шүүх|прокурор)"
      "\\S+\\s+){0,3}?шилжүүл)" CURRENCY}},
    {"passport",
     IX_MASK_PASSPORT,
     "[паспорт]",
     {"(?i)(?:пас?спорт\\w*|passport|pasport\\w*)(?:\\s+(?:дугаар\\w*|dugaar\\w*|номер\\w*|nomer\\w*|серии|серия|seriya|number(?:ed)?|no\\.?|нь|is|was|bearing)){0,2}[\\s(:№#.|-]{0,4}(?:(?:no\\.?|№)[\\s:#.-]"
      "{0,3})?(" PASSPORT_MIXED "|" PASSPORT_NUMBER "|" PASSPORT_GROUPED "|" PASSPORT_SPACED "|\\d{2}(?:[ -]?\\d{2})?(?:[ №-]|(?-i:N[oо]\\.?)){1,3}\\d{6,7})(?![\\d\\p{L}])" CURRENCY,
      /* ...a few words between the word and the number's label (a British
       * passport, No. 523456789; паспортын хуулбар, дугаар E1234567). */
      "(?i)(?:пас?спорт\\w*|passport)(?:[\\s,]+(?!(?:no\\.?|number|дугаар\\w*)(?!\\w))[^\\s.;:!?()]+){0,6}?[\\s,]+(?:no\\.?|number|№|"
      "дугаар\\w*|dugaar\\w*)[\\s:#.-]{0,3}(" PASSPORT_MIXED "|" PASSPORT_NUMBER "|" PASSPORT_GROUPED "|" PASSPORT_SPACED ")(?![\\d\\p{L}])" CURRENCY,
      "(?<![\\p{L}\\d])([A-ZА-ЯЁӨҮ]{1,2}[\\s-]?\\d{6,8})(?=\\s*-?\\s*(?:(?:дугаар\\w*|тоот)\\s+)?(?:(?:гадаад|энгийн|"
      "дипломат\\w*|албан)\\s+){0,2}(?:пас?спорт|төрс(?:ний|өн)\\s+гэрчилгээ))",
      "(?<![\\p{L}\\d])[EЭ]\\d{7}(?![\\d\\p{L}])",
      /* A work or residence permit's or a birth certificate's number,
       * letters and digits in groups (ажлын зөвшөөрлийн дугаар
       * АЗ-2023-0417, work permit No. WP/2023/17, төрсний гэрчилгээний
       * дугаар ТГ0123456). */
      "(?i)(?:(?:ажлын|оршин\\s+суух)\\s+(?:зөвшөөр|үнэмлэх|гэрчилгээ)\\w*|төрс(?:ний|өн)\\s+гэрчилгээ\\w*|"
      "(?:work|residence|stay)\\s+(?:permit|visa)|birth\\s+certificate|blue\\s+card|цэнхэр\\s+карт\\w*|"
      "(?:macau|macao|hong\\s+kong|макао|гонконг)\\p{L}*\\s+(?:(?:non-resident|resident|identity|id|work(?:er'?s?)?)\\s+)*"
      "(?:card|permit|карт\\w*|үнэмлэх\\w*)|non-resident\\s+worker'?s?\\s+(?:card|permit))(?:\\s+(?:"
      "дугаар\\w*|number|no\\.?|нь)){0,2}\\s*[:№#.-]?\\s*(?-i:((?=[A-ZА-ЯЁӨҮ\\d/-]*\\d{3})[A-ZА-ЯЁӨҮ\\d]{1,12}(?:[-/]"
      "[A-ZА-ЯЁӨҮ\\d]{1,10}){0,3}))(?![\\d\\p{L}])",
      /* A Macau resident's or worker's card (1/234567/8) and a Hong Kong
       * identity card (A123456(7)) by their own shape: no other number is
       * written so. */
      "(?<![\\d/\\p{L}])\\d/\\d{6}/\\d(?![\\d/])",
      "(?<![\\p{L}\\d])[A-Z]{1,2}\\d{6}\\([\\dA]\\)",
      /* An American alien registration number (A-Number A213-456-789). */
      "(?i:\\bA-?Number|\\balien\\s+(?:registration\\s+)?number)\\s*(?:is\\s+)?[:#]?\\s*"
      "((?-i:A)?[ -]?\\d{3}[ -]?\\d{3}[ -]?\\d{3})(?![\\d-])",
      /* An identity document's number right after its name: a citizen's
       * ID card (иргэний үнэмлэхийн дугаар № 0412759), a driving licence
       * (E123-4567-8901), a social security or national insurance number;
       * never a case's, a law's or a company's number (their names are
       * none of these). */
      ID_DOCUMENT "(?:\\s+(?:дугаар\\w*|number|no\\.?|нь|is|was))*\\s*\\(?\\s*[:№#.-]?\\s*(?:(?i:no)\\.?\\s*)?(" ID_NUMBER ")"
      "(?![\\d\\p{L}])" CURRENCY,
      /* A driving licence's number by its own prefix (licence DL 0045871,
       * DL No. 0045871), or a Russian one's series and number after its
       * word (водительское удостоверение 77 АА 123456, 7712 345678). */
      "(?<![\\p{L}\\d])(?:(?i:licen[cs]e|permit)(?:\\s+(?i:number|no\\.?))?\\s*[:#№.-]?\\s*)?((?-i:DL|DLN)"
      "[ -]?(?:(?i:no)\\.?\\s*|#\\s*)?"
      "\\d{5,12})(?![\\d\\p{L}])",
      "(?i)(?<!\\p{L})(?:водительск\\p{L}*\\s+(?:удостоверени|прав)\\p{L}*|вод\\.\\s*удост\\.?|права)"
      "(?:\\s+(?:серии|серия|№|номер))*"
      "\\s*[:№#.-]?\\s*((?-i:\\d{2}[ ]?(?:[А-ЯA-Z]{2}|\\d{2})[ ]?\\d{6}))(?![\\d\\p{L}])",
      /* An American social security number (123-45-6789) in its own
       * shape, no word needed: nothing else is written 3-2-4. */
      "(?<![\\w-])(?!000|666|9\\d\\d)\\d{3}-(?!00)\\d{2}-(?!0000)\\d{4}(?![\\w-])"}},
    {"birth",
     IX_MASK_BIRTH,
     "[төрсөн огноо]",
     {"(" DATE_MN "|" DATE_NUM "|" DATE_WORDS_MN ")(?:\\s*-?\\s*(?:нд|ний|ны|онд))?(?=(?:[^.;!?\\n\\d()]|(?<=\\p{Lu})\\.|" ADDR_NUM
      "){0,100}?(?:төрсөн(?!\\s+(?:эх|эцэг|ах|эгч|дүү|аав|ээж|хүү|охин|нутаг))|төрүүлсэн))",
      /* A Kazakh or Russian date (1979 ж. 12 қаңтар, 8 марта 1986), and
       * the gloss a clerk puts in brackets beside a date ((1979 оны 1
       * сарын 12)), before the word for birth, Mongolian or Kazakh
       * (туған; not туған жер, one's native land, nor a blood relative). */
      "((?:" DATE_KZ "|" DATE_RU ")(?:\\s*\\(\\s*(?:" DATE_MN "|" DATE_NUM ")\\s*\\))?"
      "|(?:" DATE_MN "|" DATE_NUM ")\\s*\\(\\s*(?:"
      DATE_KZ "|" DATE_RU "|" DATE_NUM ")\\s*\\))(?:\\s*-?\\s*(?:нд|ний|ны|онд|да|де|та|те))?(?=[^.;!?\\n\\d()]{0,60}?"
      "(?:төрсөн(?!\\s+(?:эх|эцэг|ах|эгч|дүү|аав|ээж|хүү|охин|нутаг))"
      "|туған(?!\\s+(?:жер|ел|ауыл|қала|ағасы|інісі|апасы|"
      "әпкесі|сіңлісі|қарындасы|әкесі|анасы|баласы|туыс))))",
      /* A date with a two-digit year right before the word (85.07.11-нд
       * төрсөн) or right after its label (төрсөн: 85.07.11, DOB 11/07/85). */
      "(" DATE_SHORT ")(?=\\s*-?\\s*(?:нд|ний|ны)?\\s+(?:онд\\s+)?(?:төрсөн|туған)"
      "(?!\\s+(?:эх|эцэг|ах|эгч|дүү|аав|ээж|хүү|охин|нутаг|жер)))",
      "(?i)(?:(?<!\\p{L})төрсөн(?:\\s+(?:он[,\\s]*сар[,\\s]*өдөр|огноо|өдөр))?\\s*:|(?<![\\p{L}/])т/о"
      "|\\bborn(?:\\s+on)?|"
      "\\bdate\\s+of\\s+birth|\\bd\\.?o\\.?b\\.?)\\s*[:,-]?\\s*(" DATE_SHORT ")",
      /* A Russian clerk's year of birth after a whole date (08.03.1986
       * г.р., 8 марта 1986 года рождения), or its label before one (дата
       * рождения: 08.03.1986, д.р. 08.03.1986, родилась 8 марта 1986). */
      "(?i)(" DATE_NUM "|" DATE_RU "|" DATE_SHORT ")\\s*(?:г\\.?\\s?р\\.?|г\\.\\s*рожд\\.?"
      "|года?\\s+рождения)(?!\\p{L})",
      "(?i)(?<!\\p{L})(?:д\\.\\s?р\\.|дата\\s+рождения|родил(?:ся|ась))\\s*[:-]?\\s*(" DATE_NUM "|" DATE_RU ")",
      /* ...its label before it (төрсөн огноо: …, төрсөн: …), or the
       * word alone with a whole date right after it (төрсөн 1989 оны 1
       * дүгээр сарын 1-нд, as a clerk lists a party's particulars). */
      "(?i)төрсөн(?:\\s+(?:он[,\\s]*сар[,\\s]*өдөр|огноо|өдөр)(?:\\s+нь)?\\s*[:-]?|\\s*:|\\s+(?=\\d{4}))\\s*(" DATE_MN "|"
      DATE_NUM "|" DATE_WORDS_MN ")",
      /* т/о, the clerk's abbreviation of "төрсөн огноо" (т/о: 1995.07.26). */
      "(?<![\\p{L}/])(?i:т/о|т\\.о\\.?)\\s*[:-]?\\s*(" DATE_MN "|" DATE_NUM ")",
      /* As Mongolian is typed in Latin letters: 2005.09.30-nd tursun. */
      "(?i)(" DATE_NUM "|" DATE_LATIN_MN ")(?:\\s*-?\\s*(?:nd|nii|ny|ond))?(?=[^.;!?\\n\\d()]{0,40}?t[uü]rs[uü]n(?!\\s+(?:ekh|etseg|akh|egch|duu|aav|eej)))",
      "(?i)(?:\\bborn(?:\\s+(?:in|at)\\s+[^,.;()\\n\\d]{2,40}?)?(?:\\s+on)?|\\bdate\\s+of\\s+birth|\\bd\\.o\\.b\\.?|"
      "\\bdob|(?-i:(?<![\\p{L}.])b\\.))\\s*[:,-]?\\s*(?:the\\s+)?(" DATE_EN "|" DATE_NUM "|" DATE_WORDS_EN ")",
      /* A day's date in a cell of a table row that names a party or
       * holds a personal number (| Хохирогч | … | 2008.03.05 |): the
       * parties' tables give their dates of birth. */
      "(?m)^(?=[^\\n]*\\|[^\\n]*\\|)(?=[^\\n]*(?:(?i:шүүгдэгч|хохирогч|гэрч|яллагдагч|victim|defendant|accused)|"
      "(?<![\\p{L}\\d])\\p{L}{2}-?\\d{8}(?!\\d)|(?<![\\p{L}\\d])[EЭЕ]\\d{7}(?!\\d)))[^\\n]*?\\|[ \\t]*(" DATE_NUM
      ")[ \\t]*(?=\\|)"}},
    {"plate",
     IX_MASK_PLATE,
     "[улсын дугаар]",
     {"(?<![\\d\\p{L}])(" PLATE ")(?![\\d\\p{L}])(?:-[а-яөүё]{1,5})?(?=\\s+(?:улсын\\s+)?дугаар|\\s+(?:авто)?машин|\\s+тээврийн)",
      "(?i:улсын\\s+дугаар\\w*(?:\\s+нь)?|маркийн|(?:авто)?машин\\w*(?:\\s+нь)?|(?:licen[cs]e\\s+)?plates?(?:\\s+(?:number|no\\.?))?|(?:vehicle\\s+)?"
      "registration(?:\\s+(?:plate|number|no\\.?))?|vehicle|тээврийн\\s+хэрэгсэл\\w*)\\s*[:№#.|-]?\\s*(" PLATE ")"
      "(?![\\d\\p{L}])",
      /* A British plate (LN21 ABC) after its word. */
      "(?i:registration(?:\\s+(?:plate|number|no\\.?|mark))?|(?:number\\s+)?plates?|vehicle)\\s*[:№#.|-]?\\s*"
      "((?-i:[A-Z]{2}\\d{2}[ ]?[A-Z]{3}))(?![\\d\\p{L}])",
      PLATE_WORDS_EN "\\s*[:№#.|-]?\\s*(" PLATE_FOREIGN ")(?![\\w-])",
      PLATE_CN,
      /* Three Cyrillic capitals and two hyphened pairs, either first
       * (УАА 56-78, 56-78 УНБ), alone: no other number is written so. */
      "(?<![\\p{L}\\d/-])(?:[А-ЯЁӨҮ]{3}[ \\t]?\\d{2}-\\d{2}|\\d{2}-\\d{2}[ \\t]?[А-ЯЁӨҮ]{3})(?![\\p{L}\\d/-])",
      /* A Mongolian plate alone, no word for a vehicle near it (UBA 1234,
       * 5678 DOA, 12-34 ХӨА, typed in Latin or not): four digits and a
       * series' three capitals, either order, nothing glued on either
       * side but a case ending's hyphen (4512 ХӨБ-ийг); 2024/ШЦТ/1234, No.
       * 1234, 1234.5 are none. */
      "(?<![\\p{L}\\d/.,№#-])(?:" PLATE_MN_LETTERS "[ \\t]?(?:\\d{4}|\\d{2}-\\d{2})|(?:\\d{4}|\\d{2}-\\d{2})[ \\t]?"
      PLATE_MN_LETTERS ")(?![\\p{L}\\d/]|-[\\d-]|[.,]\\d)",
      PLATE_RU,
      /* A plate of a neighbouring country after a word for a number or a
       * plate (Казахстаны дугаар 777 ABZ 02, номер 01 123 ABC, Kyrgyz plate
       * 01KG 123 ABC): digits and Latin capitals so grouped. */
      "(?i:дугаар\\w*|dugaar\\w*|номер\\w*|nomer\\w*|нөмір\\w*|plates?(?:\\s+(?:number|no\\.?))?)\\s*[:№#.-]?\\s*"
      "((?-i:\\d{3}[ ]?[A-Z]{2,3}[ ]?\\d{2}|\\d{2}[ ]?(?:KG|KZ)?[ ]?\\d{3}[ ]?[A-Z]{3}))(?![\\d\\p{L}])",
      /* A Korean plate by its own shape (12가 3456, 123가 4567, 서울12가
       * 3456): two or three digits, one Hangul syllable, four digits;
       * nothing else is written so. */
      "(?<![\\p{L}\\d])(?:\\p{Hangul}{2}[ \\t]?)?\\d{2,3}[ \\t]?\\p{Hangul}[ \\t]?\\d{4}(?![\\p{L}\\d])"}},
    {"online",
     IX_MASK_ONLINE,
     "[цахим хаяг]",
     {"(?i)(?:" APPS ")[^\"«“\\n,;.)]{0,40}?" OPEN_QUOTE "((?=[^\"»”\\n]*(?-i:[\\p{Lu}\\d_.@A-Za-z]))[^\"»”\\n,!?]{2,60})" CLOSE_QUOTE "(?!\\s*(?:гэсэн|гэж|гэв|гэжээ)(?!\\s+нэр))",
      OPEN_QUOTE "([^\"»”\\n]{2,60})" CLOSE_QUOTE "\\s+(?:нэртэй|гэх)\\s+(?:(?i:цахим|" APPS
      "|kakao\\w*|какао\\w*)\\s+)*(?:хаяг|хуудас|аккаунт|акаунт|профайл)",
      /* ...the name in single quotes, as one quotes inside a quotation
       * ("Facebook дээрх 'Naran Shop' нэртэй хаяг"-аар, a Facebook account
       * 'Tuul Beauty'): before нэртэй/гэх хаяг or "account", or after
       * an app's name in the same clause; never an apostrophe after a
       * word (Facebook's, the girls'). */
      "(?<![\\p{L}\\d])['‘](?!\\s)([^'’\"\\n]{2,60})(?<!\\s)['’](?!\\p{L})\\s+(?:нэртэй|гэх)\\s+(?:(?i:цахим|" APPS
      "|kakao\\w*|какао\\w*)\\s+)*(?:хаяг|хуудас|аккаунт|акаунт|профайл)",
      "(?i)(?<![\\p{L}\\d])['‘](?!\\s)((?=[^'’\\n]*(?-i:[\\p{Lu}\\d_.@]))[^'’\"\\n,!?]{2,60})(?<!\\s)['’](?!\\p{L})\\s+(?:(?:"
      APPS ")\\s+)?(?:account|profile|хаяг\\p{L}*|аккаунт\\p{L}*)",
      "(?i)(?:" APPS ")[^'‘\"«“\\n,;.)]{0,40}?(?<![\\p{L}\\d])['‘](?!\\s)((?=[^'’\\n]*(?-i:[\\p{Lu}\\d_.@]))[^'’\"\\n,!?]{2,60})"
      "(?<!\\s)['’](?!\\p{L})(?!\\s*(?:гэсэн|гэж|гэв|гэжээ)(?!\\s+нэр))",
      /* A user name after its label, no app needed (хэрэглэгчийн нэр
       * tuul.beauty.99, профайл нэр "Tuul Beauty", username: bataa_88,
       * user name khongor.ub): quoted, any name; unquoted, a Latin name
       * after a Mongolian label or a colon, else one with a digit, a dot
       * or "_" (never "username and password"). */
      "(?i)(?<!\\p{L})(?:хэрэглэгчийн\\s+нэр|нэвтрэх\\s+нэр|профайл(?:ын)?\\s+нэр|user\\s?name|screen\\s?name|"
      "profile\\s+name|display\\s+name)(?:\\s+(?:нь|бол|is|was))?\\s*[:：-]?\\s*[\"«“'‘](?!\\s)([^\"»”'’\\n]{2,60})(?<!\\s)[\"»”'’]",
      "(?i)(?:(?<!\\p{L})(?:хэрэглэгчийн\\s+нэр|нэвтрэх\\s+нэр|профайл(?:ын)?\\s+нэр)(?:\\s+нь)?\\s*[:：-]?\\s*"
      "|(?<!\\p{L})(?:user\\s?name|screen\\s?name|profile\\s+name|login)\\s*[:：]\\s*)@?([a-z][a-z0-9_.-]{1,30}[a-z0-9_])(?![\\w@])",
      "(?i)(?<!\\p{L})(?:user\\s?name|screen\\s?name|profile\\s+name|login)(?:\\s+(?:is|was))?\\s+@?"
      "((?=[a-z0-9_.-]*[a-z])(?=[a-z0-9_.-]*[\\d_.])[a-z0-9_][a-z0-9_.-]{1,30}[a-z0-9_])(?![\\w@])",
      /* An account's name, one word, in quotes before its network and a
       * word for it ("undrakh.0707" инстаграм хаягаар, "bold_88" нэртэй
       * фэйсбүүк хуудсаар); a name of words ("Шинэ Алтай" нэртэй цахим
       * хуудас) is an organisation's page. */
      OPEN_QUOTE "([^\"»”\\n\\s]{2,40})" CLOSE_QUOTE "(?:\\s+нэртэй)?\\s+(?i:" APPS ")(?:-?\\p{L}*)?\\s+(?:хаяг|хуудас|хуудс|аккаунт|акаунт|профайл|"
      "account|page|profile)",
      /* An account's name of a handle's shape, quoted, before a word for
       * an account ("anujin.2008.e" хаягийн, "bold_77" аккаунтаар): letters
       * with a digit, a dot or "_" in it, no space; a quoted name of words
       * before хаяг is an address or a shop's. */
      "(?i)" OPEN_QUOTE "((?=[a-z0-9_.]*[a-z])(?=[a-z0-9_.]*[\\d_.])[a-z0-9_][a-z0-9_.]{1,30}[a-z0-9_])" CLOSE_QUOTE
      "\\s+(?:хаяг|аккаунт|акаунт|профайл|account|profile|handle|username)",
      /* ...and unquoted a few words after a chat's or a network's name
       * (Messenger-ээр anujin.2008.e-тэй чатласан, chatted with
       * tsolmon.07 on Messenger): a name with digits and dots or "_". */
      "(?i)(?:" APPS "|чат|chat)\\p{L}*[^\\n.;:!?\"«“]{0,60}?(?<![\\w.@/-])@?((?=[a-z0-9_.]*\\d)"
      "[a-z]{2,}[a-z0-9]*(?:[._][a-z0-9]+)+)"
      "(?![\\w@]|\\.\\w|-\\d)",
      /* "Saraa_2008" нэрээр Instagram-д бүртгүүлсэн, "Sergei Ivanov" нэрээр VK
       * сүлжээнд: an account opened under a name. */
      OPEN_QUOTE "([^\"»”\\n]{2,60})" CLOSE_QUOTE "\\s+(?:нэрээр|нэртэйгээр|хаягаар)\\s+(?i:" APPS ")",
      /* Messenger-ээр бичсэн (хаяг: gereltuya.e2006): the account labelled a
       * few words after the app's name. */
      "(?i)(?:" APPS ")[^\\n.;]{0,40}?(?:хаяг|account|handle|username|user\\s?name)\\s*[:：]\\s*@?([a-z0-9_](?:[a-z0-9_.-]{0,30}"
      "[a-z0-9_])?)(?![\\w@])",
      "(?i)(?<![\\w.@/-])(?:https?://"
      ")?(?:www\\.|m\\.|mobile\\.|web\\.)?(?:facebook\\.com|fb\\.com|fb\\.me|m\\.me|messenger\\.com|instagram\\.com|"
      "instagr\\.am|tiktok\\.com|vk\\.com|vk\\.ru|ok\\.ru|t\\.me|telegram\\.me|twitter\\.com|x\\.com|youtube\\.com|"
      "youtu\\.be|threads\\.net|snapchat\\.com|linkedin\\.com|weibo\\.com|wa\\.me)/[\\w.%~@+=?&/-]*[\\w/]",
      "(?<![\\w.@+/\\[-])(?<!;\\s)@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,29}[A-Za-z0-9_])?",
      "(?i)(?<![\\w.])(?:" APPS
      "|weixin|вичэт|kakao\\s?talk|kakao|какао\\s?ток|какао|whatsapp|вотсап|skype|скайп|snapchat|messenger|zalo|"
      CHAT_APPS "|(?<!\\p{L})(?:фб|fb)(?=\\s*[:：]))(?:\\s*"
      "[:：]\\s*|[\\s-]+(?:id|username|user\\s?name|account|handle|хаяг\\w*|нэр\\w*)(?:\\s*[:：]\\s*|\\s+(?:was|is|нь|"
      "бол)\\s+|\\s+(?=@|[a-z]*[\\d_.])))@?([a-z0-9_](?:[a-z0-9_.-]{0,30}[a-z0-9_])?(?:#\\d{4}(?!\\d))?(?:[ "
      "](?-i:\\p{Lu})[\\p{L}\\d_.-]{1,30}){0,3}|(?-i:\\p{Lu})[\\p{L}\\d_.-]{1,30}(?:[ "
      "](?-i:\\p{Lu})[\\p{L}\\d_.-]{1,30}){0,3})",
      /* An app's or a network's ID without the app's name by it (a
       * KakaoTalk group under the ID "ulzii_korea88", ID: tsetse_07, ID
       * нь bayar.mn99): a handle's shape, letters with a digit or "_"
       * inside (not "e.g."); an RD's (UB91051234) is rd's. */
      "(?i)(?<![\\w.])(?:under\\s+the\\s+(?:user\\s?)?id|(?-i:ID)(?:\\s*[:：]|\\s+нь|\\s+(?:was|is)))\\s*"
      "[\"«“']?@?((?![a-z]{2}\\d{8}(?!\\w))(?=[\\w.]*[a-z])(?=[a-z0-9_.]*[\\d_])[a-z0-9_][a-z0-9_.]{1,30}[a-z0-9_])"
      "(?![\\w@])",
      /* A page or account run under a name (a Facebook page run by B.O.
       * under the name Odko London). */
      "(?i)(?:" APPS ")[^.;\\n]{0,60}?\\bunder\\s+the\\s+(?:user\\s?)?name\\s+"
      "((?-i:\\p{Lu})[\\p{L}\\d_]+(?:[.-][\\p{L}\\d_]+)*(?:[ ](?-i:\\p{Lu})[\\p{L}\\d_]+(?:[.-][\\p{L}\\d_]+)*){0,2})",
      /* ВиЧат дахь lihua_88, KakaoTalk minjun_77, a table's WeChat |
       * lihua_88, Discord-д bataa#0412: a handle right after an app's
       * name, known by a digit or an underscore in it. */
      "(?i)(?<![\\w.])(?:" APPS "|weixin|вичэт|kakao\\s?talk|kakao|какао\\s?ток|какао|whatsapp|вотсап|skype|скайп|"
      "snapchat|messenger|zalo|" CHAT_APPS ")(?:[\\s-]+(?:дахь|дэх|дээрх|дээр|ийн|ын)|-?(?:ийн|ын|д|т))?(?:[ \\t]*\\|)?\\s+@?"
      "((?=[\\w.]*[a-z])(?=[\\w.#]*[\\d_])[a-z0-9_][a-z0-9_.]{1,30}[a-z0-9_](?:#\\d{4}(?!\\d))?)(?![\\w@])"}},
    {"imei",
     IX_MASK_DEVICE,
     "[IMEI]",
     /* A phone's IMEI, fifteen digits (sixteen with its software version)
      * in any grouping after its word (IMEI 35 209900 176148 1, IMEI
      * дугаар 352099001761481, IMEI 2: 86-754903-218874-0), and by its
      * own shape (2-6-6-1 or 6-2-6-1) alone: it traces its owner as a
      * phone's number does. */
     {"(?i)(?<!\\p{L})(?:IMEI|ИМЕЙ|ИМЭЙ|ИМЕИ)(?:[ \\t]*-?[ \\t]*[12][ \\t]*(?=[:：])|[12](?!\\d))?(?:\\s+(?:дугаар\\p{L}*|код\\p{L}*|number|no\\.?|code|нь|is|was))*\\s*[:№#.-]?\\s*((?=(?:\\d[ \\t/-]?){14,17}(?![ \\t/-]?\\d))\\d+(?:[ \\t/-]\\d+){0,7})(?![\\d\\p{L}])",
      "(?<![\\d.,/-])(?:\\d{2}[ -]\\d{6}[ -]\\d{6}[ -]\\d|\\d{6}[ -]\\d{2}[ -]\\d{6}[ -]\\d)(?![\\d/-]|[.,]\\d)"}},
    {"workplace",
     IX_MASK_WORKPLACE,
     "[ажлын газар]",
     /* A parent's workplace by its quoted name, a word for the parent and
      * a job beside it (аав нь "Говийн шувуу" шатахуун түгээх станцын
      * харуул, ЭЦЭГ Г. нь "Сэлэнгэ Жимс" ХХК-д ачигчаар ажилладаг): in a
      * small town it names the child.  A public body (яам, газар, шүүх, a
      * state-owned ТӨК) and a joint-stock company (ХК: widely held, a
      * nation's post or mine, it names no one) stay; a company that is a
      * party stays too (party_workplace).  Never a quotation: no colon
      * before it, a name of four words at most, not opening with "I" or
      * "Би". */
     {"(?i:(?<!\\p{L})(?:аав|ээж|эцэг|эх|aav|eej|etseg|father|mother|dad|mum|mom)(?:ийн|ын|тэй|тай|ээ|аа|'s)?(?!\\p{L}))(?:[^.;:!?\\n\\\"«“]|(?<=\\p{Lu})\\.){0,60}?(?<![\\p{L}\\d])[\\\"«“](?!\\s)((?=[^\\\"»”\\n]*\\p{Lu})(?=[^\\\"»”\\n]{2,40}[\\\"»”])(?!(?:Би|Бид|Миний|Манай|Тэр|I|We|My|He|She)\\s)[^\\\"»”\\n\\s]+(?:\\s[^\\\"»”\\n\\s]+){0,3})(?<!\\s)[\\\"»”](?!\\s*(?:яам|агентлаг|газар|алба|хэлтэс|хороо|шүүх|прокурор|цагдаа|эмнэлэг|сургууль|цэцэрлэг|их\\s+сургууль|ТӨК|ТӨҮГ|УТҮГ|ОНӨҮГ|ОНӨААТҮГ|ХК|JSC)(?!\\p{L}))(?=[^.;!?\\n]{0,80}?(?:ажилла|ажилтан|ажилчин|ажилд|харуул|худалдагч|худалдаа|жолооч|зөөгч|ачигч|тогооч|нярав|нягтлан|менежер|сувилагч|мастер|оператор|кассчин|үйлчлэгч|цэвэрлэгч|засварчин|борлуулагч|works|worked|working|employed|employee|cashier|driver|guard|cook|cleaner|clerk))",
      /* ...and the job said before the name (her father works at the
       * "Golden Fish" restaurant, ээж нь ажилладаг "Номин" дэлгүүр). */
      "(?i:(?<!\\p{L})(?:аав|ээж|эцэг|эх|aav|eej|etseg|father|mother|dad|mum|mom)(?:ийн|ын|тэй|тай|ээ|аа|'s)?(?!\\p{L}))(?:[^.;:!?\\n\\\"«“]|(?<=\\p{Lu})\\.){0,40}?(?i:(?<!\\p{L})(?:ажилладаг|ажиллаж|works|worked|working|employed|is\\s+a\\s+\\w+)(?!\\p{L}))(?:[^.;:!?\\n\\\"«“]|(?<=\\p{Lu})\\.){0,30}?(?<![\\p{L}\\d])[\\\"«“](?!\\s)((?=[^\\\"»”\\n]*\\p{Lu})(?=[^\\\"»”\\n]{2,40}[\\\"»”])(?!(?:Би|Бид|Миний|Манай|Тэр|I|We|My|He|She)\\s)[^\\\"»”\\n\\s]+(?:\\s[^\\\"»”\\n\\s]+){0,3})(?<!\\s)[\\\"»”](?!\\s*(?:яам|агентлаг|газар|алба|хэлтэс|хороо|шүүх|прокурор|цагдаа|эмнэлэг|сургууль|цэцэрлэг|ТӨК|ТӨҮГ|УТҮГ|ОНӨҮГ|ОНӨААТҮГ|ХК|JSC|ministry|agency|court|police|hospital|school)(?!\\p{L}))",
      /* A market stall or kiosk by its number (14 дүгээр лангуунд
       * худалдагч, лангуу № 27, stall 14): a workplace's address; a count
       * of stalls (2 лангуу) stays. */
      "(?<![\\d.])\\d{1,4}(?:\\s*(?:дугаар|дүгээр)|\\s*-\\s*(?:р|н)|-?р)\\s*(?:лангуу|павильон|павилион|мухлаг|контейнер|ТҮЦ|түц)\\p{L}*|(?<!\\p{L})(?:лангуу|павильон|павилион|мухлаг|контейнер)\\p{L}*\\s*(?:№|No\\.?|дугаар)\\s*\\d{1,4}(?![\\d\\p{L}])|(?i:(?<!\\p{L})(?:stall|kiosk|booth|container)\\s+(?:no\\.?\\s*|number\\s+|#\\s*)?\\d{1,4}[a-z]?(?![\\w]))"}},
    {"school",
     IX_MASK_SCHOOL,
     "[сургууль]",
     /* ...its kind between (67 дугаар ерөнхий боловсролын сургууль). */
     {SCHOOL_PLACE "(?<![\\d.])\\d{1,3}(?:\\s*(?:дугаар|дүгээр)|\\s*-?\\s*(?:р|н))?\\s*(?:" SCHOOL_KINDS_MN
      "[ \\t]+)*(?:сургуул|цэцэрлэг)\\w*" CLASS_MN,
      "(?i)\\b(?:(?:secondary|primary|high|middle|elementary|public|state|general|comprehensive)\\s+)*(?:school|"
      "kindergarten)\\s+(?:no\\.?|number|#)\\s*\\d{1,3}\\b" CLASS_EN "|\\b\\d{1,3}(?:st|nd|rd|th)\\s+(?:"
      "school|kindergarten)\\b" CLASS_EN,
      "[\"«“„][^\"»”“\\n]{2,40}[\"»”]\\s+(?:(?:ерөнхий\\s+боловсролын|бүрэн\\s+дунд|дунд|бага|хувийн|олон\\s+улсын|"
      "цогцолбор|лаборатори|их|дээд)\\s+)*(?:сургуул|цэцэрлэг|лицей|гимнази|коллеж)\\w*" CLASS_MN,
      "(?i)[\"“][^\"”\\n]{2,40}[\"”]\\s+(?:(?:private|public|state|secondary|primary|high|middle|elementary|"
      "international|boarding|comprehensive|general|vocational)\\s+)*(?:school|kindergarten|lyceum|gymnasium|college|"
      "academy)(?:,?\\s+(?:class|grade|form|year)\\s+\\d{1,2}\\s?[a-zа-яё]?(?![\\w]))?",
      /* A soum's or district's one school, named by its place, with the
       * child's class (Заамар сумын ерөнхий боловсролын сургуулийн 9а
       * ангийн): the place alone says whose school it is. */
      "[А-ЯЁӨҮ][\\p{L}-]+\\s+(?:сумын|сумаас|дүүргийн|тосгоны|багийн)\\s+(?:(?:ерөнхий\\s+боловсролын|бүрэн\\s+дунд|"
      "дунд|бага|хувийн|цогцолбор)\\s+)*(?:сургуул|цэцэрлэг)\\w*\\s+\\d{1,2}\\s?-?[а-яА-ЯөүӨҮa-zA-Z]?(?:\\s*-?\\s*р)?"
      "\\s+анги\\w*",
      /* A school named by two to four capitalised words, in a table's cell
       * or a sentence (Шинэ Монгол Хараагучи сургууль): a private school's
       * name, not a university's (Их сургууль) nor a pronoun's "that
       * school". */
      "(?<![\\p{L}\\d])(?!(?:" NOT_SCHOOL_NAMES ")(?!\\p{L}))(?:[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮа-яёөү][а-яёөү]+)?[ \\t]+){2,4}"
      "(?<!Их[ \\t])(?<!Дээд[ \\t])(?:" SCHOOL_KINDS_MN "[ \\t]+)*[Сс](?:ургууль|ургуулий|ургуульд|ургуулиас)\\w*" CLASS_MN,
      /* In English, the words of its name before "School No. 7" (Darkhan
       * Laboratory School No. 7), or a school a pupil attends by its name
       * (a pupil at Sunrise Valley School). */
      "(?<![\\w])(?!(?:" NOT_SCHOOL_NAMES_EN ")\\b)(?:[A-Z][\\w'-]+\\s+){1,3}(?i:school|kindergarten)\\s+(?i:no\\.?|number|#)"
      "\\s*\\d{1,3}\\b(?i:" CLASS_EN ")",
      "(?i:pupils?|students?|attends|attended|attending|enrolled|stud(?:ies|ied|ying))\\s+(?i:(?:at|in|of)\\s+)?(?i:the\\s+)?"
      "((?!(?:" NOT_SCHOOL_NAMES_EN ")\\b)(?:[A-Z][\\w'-]+\\s+){1,4}(?i:school|kindergarten|lyceum|gymnasium|academy)(?:\\s+(?i:no\\.?|"
      "number|#)\\s*\\d{1,3})?(?i:" CLASS_EN "))",
      /* A pupil's class before the school's name, and a name that runs on
       * after the word (a pupil of Class 7B at the Nomads School of
       * Darkhan, a student at the Lab School of Erdenet). */
      "(?i:pupils?|students?|attends|attended|attending|enrolled|stud(?:ies|ied|ying))\\s+(?i:(?:at|in|of)\\s+)?"
      "((?i:(?:class|grade|form|year)\\s+\\d{1,2}\\s?[a-z]?\\s+(?:at|in|of)\\s+)?(?i:the\\s+)?(?!(?:"
      NOT_SCHOOL_NAMES_EN ")\\b)(?:[A-Z][\\w'-]+\\s+){0,4}(?i:school|kindergarten|lyceum|gymnasium)\\s+of\\s+[A-Z][\\w'-]+"
      "(?:[ -][A-Z][\\w'-]+)?(?i:" CLASS_EN "))",
      /* A student's university or college with the year of study, or
       * before оюутан (Хөвсгөлийн Их Сургуулийн 3-р курсын оюутан, Их
       * Сургуулийн хуулийн ангийн оюутан, МУБИС-ийн 2 дугаар курсын
       * оюутан, a second-year student at the Mongolian University of
       * Science): so written it is the person's, not an institution a
       * decision names (a lecturer's, an expert's). */
      "(?:(?!(?:" NOT_UNIVERSITY_NAMES ")(?!\\p{L}))[А-ЯЁӨҮ][\\p{L}-]+[ \\t]+){1,4}(?:[Ии]х[ \\t]+|[Дд]ээд[ \\t]+)?"
      "(?:[Сс]ургуул|[Кк]оллеж|[Ии]нститут)\\w*"
      "[ \\t]+(?:[а-яёөү]+[ \\t]+){0,3}(?:\\d{1,2}[ \\t]*-?[ \\t]*(?:р|дугаар|дүгээр)?[ \\t]*курс\\w*(?:[ \\t]+оюутан)?|"
      "оюутан(?![а-яёөү]))"
      "|(?<![\\p{L}])[А-ЯЁӨҮ]{2,8}-(?:ийн|ын)[ \\t]+(?:[а-яёөү]+[ \\t]+){0,3}\\d{1,2}[ \\t]*-?[ \\t]*(?:р|дугаар|дүгээр)?"
      "[ \\t]*курс\\w*(?:[ \\t]+оюутан)?",
      "(?i:(?:first|second|third|fourth|fifth|\\d(?:st|nd|rd|th))[ -]year\\s+(?:student|undergraduate)s?\\s+(?:at|of|in)\\s+)"
      "((?i:the\\s+)?(?:[A-Z][\\w'-]+\\s+){0,4}(?:University|College|Institute)(?:\\s+of\\s+[A-Z][\\w'-]+(?:\\s+(?:and\\s+)?"
      "[A-Z][\\w'-]+){0,3})?)",
      CLASS_ALONE_EN,
      /* As Mongolian is typed in Latin letters (Uliastai-giin 1 dugeer
       * surguuli-d 10a angid, 45-r surguuliin 9b angi): a numbered school
       * and the class after it; the town or soum before it stays (the
       * number is what names the child's school; a town is a place anyone
       * may name). */
      "(?i)(?<![\\w.])\\d{1,3}(?:[ \\t]*-?[ \\t]*(?:r|n)|[ \\t]+(?:dugaar|dugeer|dygeer|duger|dugar)|"
      "(?=" SCHOOL_LATIN_MN "(?-i:" CLASS_LATIN_MN_LETTER ")))" SCHOOL_LATIN_MN "(?-i:" CLASS_LATIN_MN ")"}},
};
#define N_KINDS G_N_ELEMENTS(pattern_kinds)

struct ix_masker {
    mk_rules rules;
    GPtrArray *kinds[N_KINDS]; /* GRegex*: the rules of pattern_kinds, in its order */
    GPtrArray *addr_part;      /* GRegex*: a part of an address (26 дугаар хороо, 12 тоот) */
    GPtrArray *addr_weak;      /* GRegex*: a part only beside another (4-р хэсэг: a law's part too) */
    GRegex *addr_prefix;       /* what may lead into one (Баянзүрх дүүргийн), or NULL */
    GRegex *addr_between;      /* what else may stand between two parts (Сансарын), anchored, or NULL */
    GRegex *addr_home;         /* what says a lone bag is someone's home (оршин суух, хаяг), or NULL */
    GRegex *addr_event;        /* what says it is where something happened (…-д болсон), or NULL */
    /* The fixed patterns of the dates of birth (find_birth_in_tables,
     * find_birth_in_runs), compiled once: JIT-compiling them for every
     * text was a twentieth of an index run of decisions. */
    GRegex *birth_head, *birth_event, *birth_cell, *birth_run, *birth_bracket;
    GRegex *birth_age_item, *birth_age_near; /* an age as a list's item; an age or birth word in a bracket */
    GRegex *listed_number; /* the next number of a list, after an identity document's (find_listed_numbers) */
    /* A bracket after an address with a microdistrict's, a block's or a
     * building's word in it, forty characters at most, no other bracket
     * inside (find_addresses): a closed class of words, no config. */
    GRegex *addr_bracket;
    char *fingerprint;
    char *load_error; /* why mask.ini did not load (the built-in rules stand in), or NULL */
};

/* ---- Loading ---- */

static GHashTable *
word_set(void)
{
    return g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
}

static void
add_words(GHashTable *set, const char *list)
{
    if (!list)
        return;
    char **v = g_strsplit(list, ";", -1);
    for (char **w = v; *w; w++) {
        char *t = g_strstrip(*w);
        if (*t)
            g_hash_table_add(set, g_utf8_strdown(t, -1));
    }
    g_strfreev(v);
}

static gint
longest_first(gconstpointer a, gconstpointer b)
{
    return (int)strlen(*(char *const *)b) - (int)strlen(*(char *const *)a);
}

static GPtrArray *
word_list(const char *list)
{
    GHashTable *set = word_set();
    add_words(set, list);
    GPtrArray *out = g_ptr_array_new_with_free_func(g_free);
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, set);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        g_ptr_array_add(out, key);
        g_hash_table_iter_steal(&it);
    }
    g_hash_table_destroy(set);
    g_ptr_array_sort(out, longest_first);
    return out;
}

/* A list file: one word a line, '#' comments; a second column "common"
 * puts the word into `weak` instead.  Named by mask.ini's `key`: a list it
 * names that cannot be read, or is not text, is an error (the run would
 * otherwise leave its names unmasked without a word). */
static bool
load_list(const zc_keyfile *ini, const char *dir, const char *key, GHashTable *strong, GHashTable *weak,
          GChecksum *sum, GError **error)
{
    char *name = g_key_file_get_value(zc_keyfile_keys(ini), "names", key, NULL);
    if (!name)
        return true;
    g_strstrip(name);
    if (!*name) {
        zc_keyfile_error(ini, "names", key, error, "is empty: name the list, or leave the key out");
        g_free(name);
        return false;
    }
    char *path = g_build_filename(dir, name, NULL);
    g_free(name);
    char *contents = NULL;
    gsize len = 0;
    GError *err = NULL;
    bool ok = zc_config_read(path, &contents, &len, &err);
    if (!ok) {
        zc_keyfile_error(ini, "names", key, error, "names a list that does not load: %s", err->message);
        g_error_free(err);
    }
    if (ok)
        g_checksum_update(sum, (const guchar *)contents, (gssize)len);
    char **lines = ok ? g_strsplit(contents, "\n", -1) : NULL;
    int no = 0;
    for (char **l = lines; ok && *l; l++) {
        no++;
        if (!g_utf8_validate(*l, -1, NULL)) {
            g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_PARSE, "%s:%d: not UTF-8 text", path, no);
            ok = false;
            break;
        }
        char *hash = strchr(*l, '#');
        if (hash)
            *hash = '\0';
        char **cols = g_strsplit_set(*l, "\t", 2);
        char *word = cols[0] ? g_strstrip(cols[0]) : NULL;
        if (word && *word) {
            bool common = weak && cols[1] && strstr(cols[1], "common");
            g_hash_table_add(common ? weak : strong, g_utf8_strdown(word, -1));
        }
        g_strfreev(cols);
    }
    g_strfreev(lines);
    g_free(contents);
    g_free(path);
    return ok;
}

/* The proper nouns of a hunspell dictionary (hunspell-mn: Батбаяр/N00N,
 * Сүхбаатар/N00N++): capitalised entries without "++" are people's names,
 * those with it places, bodies and abbreviations.  Its size and time stand
 * for it in the fingerprint: the bytes of its lines without their line
 * ends, up to the first line that is not UTF-8 (where reading stops).
 * Read whole and scanned in place: hunspell-mn is 17 MB in 574,000 lines,
 * and reading it a line at a time through a stream was a third of a second
 * at the start of every index run, with the other core idle. */
static bool
load_dictionary(const zc_keyfile *ini, const char *path, GHashTable *names, GHashTable *places, GChecksum *sum,
                GError **error)
{
    char *contents = NULL;
    gsize size = 0;
    GError *err = NULL;
    if (!*path) {
        zc_keyfile_error(ini, "names", "dictionary", error, "is empty: name the dictionary, or leave the key out");
        return false;
    }
    if (!zc_config_read(path, &contents, &size, &err)) {
        zc_keyfile_error(ini, "names", "dictionary", error, "names a dictionary that does not load: %s",
                         err->message);
        g_error_free(err);
        return false;
    }
    guint64 total = 0;
    char *end = contents + size;
    for (char *line = contents; line < end;) {
        char *nl = memchr(line, '\n', (size_t)(end - line));
        char *stop = nl ? nl : end;
        *stop = '\0'; /* zc_config_read leaves a NUL past the end */
        gsize len = (gsize)(stop - line);
        if (!g_utf8_validate(line, (gssize)len, NULL))
            break;
        total += len;
        gunichar c = g_utf8_get_char(line);
        if (len > 0 && g_unichar_isupper(c) && g_utf8_strlen(line, -1) >= 3) {
            char *slash = strchr(line, '/');
            bool place = slash && strstr(slash, "++");
            if (slash)
                *slash = '\0';
            if (g_utf8_strlen(line, -1) >= 3 && !strchr(line, ' '))
                g_hash_table_add(place ? places : names, g_utf8_strdown(line, -1));
        }
        line = stop + 1;
    }
    char stamp[64];
    g_snprintf(stamp, sizeof stamp, "%s:%" G_GUINT64_FORMAT, path, total);
    g_checksum_update(sum, (const guchar *)stamp, -1);
    g_free(contents);
    return true;
}

/* A pattern of mask.ini's [patterns] `key` (ini NULL: a built-in one). */
static bool
add_regex(GPtrArray *out, const char *pattern, const zc_keyfile *ini, const char *key, GError **error)
{
    if (!pattern || !*pattern)
        return true;
    GError *err = NULL;
    GRegex *re = g_regex_new(pattern, G_REGEX_OPTIMIZE, 0, &err);
    if (!re) {
        if (ini)
            zc_keyfile_error(ini, "patterns", key, error, "does not compile: %s", err->message);
        else
            g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE, "built-in pattern %s: %s", key,
                        err->message);
        g_error_free(err);
        return false;
    }
    g_ptr_array_add(out, re);
    return true;
}

/* Every key of `group` whose name starts with `prefix` (rd, rd.2 …), raw:
 * a pattern's backslashes are its own. */
static bool
add_patterns(const zc_keyfile *ini, const char *group, const char *prefix, GPtrArray *out, GError **error)
{
    if (!ini)
        return true;
    GKeyFile *kf = zc_keyfile_keys(ini);
    gsize n = 0;
    char **keys = g_key_file_get_keys(kf, group, &n, NULL);
    bool ok = true;
    for (gsize i = 0; ok && keys && i < n; i++) {
        if (strcmp(keys[i], prefix) != 0 && !(g_str_has_prefix(keys[i], prefix) && keys[i][strlen(prefix)] == '.'))
            continue;
        char *v = g_key_file_get_value(kf, group, keys[i], NULL);
        ok = add_regex(out, v, ini, keys[i], error);
        g_free(v);
    }
    g_strfreev(keys);
    return ok;
}

/* What mask.ini may hold: a key it does not know is a list or a pattern
 * someone meant to apply and that would not be (probe F3, F13). */
static const char *const mask_name_keys[] = {"roles",     "latin-roles", "research-roles", "keep-roles", "rank-words",
                                             "clan-words", "family-first", "titles",       "after-words", "not-names",
                                             "suffixes",  "case-suffixes", "names-file",   "parts-file", "places-file",
                                             "dictionary", "name-columns", NULL};

/* mask.ini from `dir`, checked against what the masker reads.  A missing
 * or empty file is an error: the folder's lists of names would be dropped
 * without a word (probe F3, F-D). */
static zc_keyfile *
load_mask_ini(const char *dir, GError **error)
{
    GPtrArray *pattern_keys = g_ptr_array_new_with_free_func(g_free);
    g_ptr_array_add(pattern_keys, g_strdup("address.*"));
    g_ptr_array_add(pattern_keys, g_strdup("address-weak.*"));
    g_ptr_array_add(pattern_keys, g_strdup("address-prefix"));
    g_ptr_array_add(pattern_keys, g_strdup("address-between"));
    g_ptr_array_add(pattern_keys, g_strdup("address-home"));
    g_ptr_array_add(pattern_keys, g_strdup("address-event"));
    for (size_t k = 0; k < N_KINDS; k++)
        g_ptr_array_add(pattern_keys, g_strconcat(pattern_kinds[k].key, ".*", NULL));
    g_ptr_array_add(pattern_keys, NULL);
    const zc_keyspec spec[] = {{"names", mask_name_keys},
                               {"patterns", (const char *const *)pattern_keys->pdata},
                               {NULL, NULL}};
    char *path = g_build_filename(dir, "mask.ini", NULL);
    zc_keyfile *ini = zc_keyfile_load(path, spec, error);
    if (ini && !g_key_file_has_group(zc_keyfile_keys(ini), "names") &&
        !g_key_file_has_group(zc_keyfile_keys(ini), "patterns")) {
        g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_GROUP_NOT_FOUND,
                    "%s: neither [names] nor [patterns]: the roles, lists and patterns to hide are missing", path);
        zc_keyfile_free(ini);
        ini = NULL;
    }
    g_free(path);
    g_ptr_array_free(pattern_keys, TRUE);
    return ini;
}

ix_masker *
ix_masker_load(const char *dir, GError **error)
{
    ix_masker *m = g_new0(ix_masker, 1);
    mk_rules *r = &m->rules;
    r->roles = word_set();
    r->latin_roles = word_set();
    r->research_roles = word_set();
    r->keep_roles = word_set();
    r->rank_words = word_set();
    r->clan_words = word_set();
    r->family_first = word_set();
    r->titles = word_set();
    r->names = word_set();
    r->weak_names = word_set();
    r->parts = word_set();
    r->places = word_set();
    r->not_names = word_set();
    r->after_words = word_set();
    r->name_columns = word_set();
    m->addr_part = g_ptr_array_new_with_free_func((GDestroyNotify)g_regex_unref);
    m->addr_weak = g_ptr_array_new_with_free_func((GDestroyNotify)g_regex_unref);
    for (size_t k = 0; k < N_KINDS; k++)
        m->kinds[k] = g_ptr_array_new_with_free_func((GDestroyNotify)g_regex_unref);
    m->birth_head = g_regex_new("(?i)^(?:төрсөн(?:\\s+(?:он|огноо|өдөр)[\\s,\\p{L}]*)?|төрсөн\\s+он,?\\s+сар,?\\s+өдөр|"
                                "(?:date\\s+of\\s+)?birth(?:\\s*date|day)?|d\\.?o\\.?b\\.?|born)$",
                                G_REGEX_OPTIMIZE, 0, NULL);
    m->birth_event =
        g_regex_new("(?i)огноо|хэзээ|өдөр|он,?\\s*сар|хугацаа|үйлд|хэрэг|шийд|тогтоол|хурал|ял|шилж|хүлээн|гарга|бүртг|"
                    "date|day|time|offen[cs]e|incident|hearing|judg|decision|sentence|arrest|paid|received|when",
                    G_REGEX_OPTIMIZE, 0, NULL);
    m->birth_cell = g_regex_new("^(?:" DATE_NUM "|" DATE_MN ")$", G_REGEX_OPTIMIZE, 0, NULL);
    m->birth_run = g_regex_new("(?<![\\d./-])(?:" DATE_NUM "|(?i:" DATE_EN ")|\\d{4}\\s*оны?\\s*\\d{1,2}(?:\\s*(?:дугаар|"
                               "дүгээр)|\\s*-?\\s*(?:р|н))?\\s*сар(?:ын)?\\s*\\d{1,2})(?![\\d./-])(?=\\s*[,;)])",
                               G_REGEX_OPTIMIZE, 0, NULL);
    m->birth_bracket = g_regex_new("(?|\\(\\s*(" DATE_NUM "|" DATE_MN ")\\s*\\)|(?<![\\d/])/\\s*(" DATE_NUM "|" DATE_MN
                                   ")\\s*/(?![\\d/]))",
                                   G_REGEX_OPTIMIZE, 0, NULL);
    m->addr_bracket = g_regex_new("[ \\t]*\\((?=[^()\\n]{1,40}\\))[^()\\n]*?(?<!\\p{L})(?i:хороолол|хорооллын|хороолл|хотхон|хороо|"
                                  "байр|гудамж|орц|тоот|microdistrict|micro-district|mikrorayon|микрорайон|khoroolol|horoolol|"
                                  "khotkhon|khoroo|block|building|apartment|flat|compound|residential)[^()\\n]*\\)", G_REGEX_OPTIMIZE, 0, NULL);
    m->birth_age_item = g_regex_new("^\\s*(?:" AGE ")\\s*$", G_REGEX_OPTIMIZE, 0, NULL);
    m->birth_age_near = g_regex_new(AGE "|(?i:төрсөн|төрсний|born|birth|d\\.?o\\.?b\\.?(?!\\p{L}))", G_REGEX_OPTIMIZE, 0, NULL);
    m->listed_number = g_regex_new("[ \\t]*(?:[,;&]|(?<!\\p{L})(?:and|or|ба|болон|мөн)(?!\\p{L}))[ \\t]*(?:(?i:no)\\.?|№|#)?[ \\t]*"
                                   "(" ID_NUMBER ")(?![\\d\\p{L}])" CURRENCY,
                                   G_REGEX_OPTIMIZE, 0, NULL);
    GChecksum *sum = g_checksum_new(G_CHECKSUM_SHA256);
    g_checksum_update(sum, (const guchar *)IX_MASK_VERSION, -1);

    zc_keyfile *ini = dir ? load_mask_ini(dir, error) : NULL;
    bool ok = !dir || ini;
    if (ini) {
        gsize len = 0;
        const char *contents = zc_keyfile_text(ini, &len);
        g_checksum_update(sum, (const guchar *)contents, (gssize)len);
        GKeyFile *kf = zc_keyfile_keys(ini);
        char *v;
#define WORDS(key, set)                                                                                                \
    v = g_key_file_get_value(kf, "names", key, NULL);                                                                  \
    add_words(set, v);                                                                                                 \
    g_free(v)
        WORDS("roles", r->roles);
        /* Mongolian typed in Latin letters: roles too, and the single
         * capitalised Latin word after one is a name (Khokhirogch Tuya). */
        WORDS("latin-roles", r->latin_roles);
        WORDS("latin-roles", r->roles);
        WORDS("research-roles", r->research_roles);
        WORDS("keep-roles", r->keep_roles);
        WORDS("rank-words", r->rank_words);
        WORDS("clan-words", r->clan_words);
        WORDS("family-first", r->family_first);
        WORDS("titles", r->titles);
        WORDS("after-words", r->after_words);
        WORDS("not-names", r->not_names);
        WORDS("name-columns", r->name_columns);
#undef WORDS
        ok = load_list(ini, dir, "names-file", r->names, r->weak_names, sum, error) &&
             load_list(ini, dir, "parts-file", r->parts, NULL, sum, error) &&
             load_list(ini, dir, "places-file", r->places, NULL, sum, error);
        char *dic = ok ? g_key_file_get_value(kf, "names", "dictionary", NULL) : NULL;
        if (dic)
            ok = load_dictionary(ini, g_strstrip(dic), r->names, r->places, sum, error);
        g_free(dic);
    }
    {
        GKeyFile *kf = ini ? zc_keyfile_keys(ini) : NULL;
        char *v = kf ? g_key_file_get_value(kf, "names", "suffixes", NULL) : NULL;
        r->suffixes = word_list(v ? v : "ын;ийн;гийн;ы;н;ыг;ийг;г;д;т;ад;эд;од;өд;аас;ээс;оос;өөс;аар;ээр;оор;өөр");
        g_free(v);
        v = kf ? g_key_file_get_value(kf, "names", "case-suffixes", NULL) : NULL;
        r->case_suffixes = word_list(v ? v : "ын;ийн;гийн;ыг;ийг;д;т;аас;ээс;оос;өөс;аар;ээр;оор;өөр");
        g_free(v);
    }
    ok = ok && add_patterns(ini, "patterns", "address", m->addr_part, error);
    ok = ok && add_patterns(ini, "patterns", "address-weak", m->addr_weak, error);
    for (size_t k = 0; ok && k < N_KINDS; k++) {
        ok = add_patterns(ini, "patterns", pattern_kinds[k].key, m->kinds[k], error);
        bool none = m->kinds[k]->len == 0;
        for (size_t f = 0; ok && none && f < G_N_ELEMENTS(pattern_kinds[k].fallback); f++)
            ok = add_regex(m->kinds[k], pattern_kinds[k].fallback[f], NULL, pattern_kinds[k].key, error);
    }
    if (ok && ini) {
        GKeyFile *kf = zc_keyfile_keys(ini);
        char *v = g_key_file_get_value(kf, "patterns", "address-prefix", NULL);
        GPtrArray *one = g_ptr_array_new();
        ok = add_regex(one, v, ini, "address-prefix", error);
        m->addr_prefix = one->len ? one->pdata[0] : NULL;
        g_ptr_array_set_size(one, 0);
        g_free(v);
        /* Anchored here: it must be all that stands between. */
        v = ok ? g_key_file_get_value(kf, "patterns", "address-between", NULL) : NULL;
        char *whole = v ? g_strdup_printf("^(?:%s)$", g_strstrip(v)) : NULL;
        ok = ok && add_regex(one, whole, ini, "address-between", error);
        m->addr_between = one->len ? one->pdata[0] : NULL;
        g_ptr_array_set_size(one, 0);
        g_free(whole);
        g_free(v);
        v = ok ? g_key_file_get_value(kf, "patterns", "address-home", NULL) : NULL;
        ok = ok && add_regex(one, v, ini, "address-home", error);
        m->addr_home = one->len ? one->pdata[0] : NULL;
        g_ptr_array_set_size(one, 0);
        g_free(v);
        v = ok ? g_key_file_get_value(kf, "patterns", "address-event", NULL) : NULL;
        ok = ok && add_regex(one, v, ini, "address-event", error);
        m->addr_event = one->len ? one->pdata[0] : NULL;
        g_ptr_array_free(one, TRUE);
        g_free(v);
    }
    zc_keyfile_free(ini);
    m->fingerprint = g_strdup(g_checksum_get_string(sum));
    g_checksum_free(sum);
    if (!ok) {
        ix_masker_free(m);
        return NULL;
    }
    return m;
}

void
ix_masker_free(ix_masker *m)
{
    if (!m)
        return;
    mk_rules *r = &m->rules;
    GHashTable *sets[] = {r->roles,     r->latin_roles,  r->research_roles, r->keep_roles, r->rank_words, r->clan_words,
                          r->family_first, r->titles,   r->names,      r->weak_names, r->parts,
                          r->places,    r->not_names,    r->after_words, r->name_columns};
    for (size_t i = 0; i < G_N_ELEMENTS(sets); i++)
        if (sets[i])
            g_hash_table_destroy(sets[i]);
    if (r->suffixes)
        g_ptr_array_free(r->suffixes, TRUE);
    if (r->case_suffixes)
        g_ptr_array_free(r->case_suffixes, TRUE);
    g_ptr_array_free(m->addr_part, TRUE);
    g_ptr_array_free(m->addr_weak, TRUE);
    for (size_t k = 0; k < N_KINDS; k++)
        if (m->kinds[k])
            g_ptr_array_free(m->kinds[k], TRUE);
    if (m->addr_prefix)
        g_regex_unref(m->addr_prefix);
    if (m->addr_between)
        g_regex_unref(m->addr_between);
    if (m->addr_home)
        g_regex_unref(m->addr_home);
    if (m->addr_event)
        g_regex_unref(m->addr_event);
    GRegex *fixed[] = {m->birth_head,     m->birth_event,    m->birth_cell,     m->birth_run,   m->birth_bracket,
                       m->birth_age_item, m->birth_age_near, m->listed_number, m->addr_bracket};
    for (size_t i = 0; i < G_N_ELEMENTS(fixed); i++)
        if (fixed[i])
            g_regex_unref(fixed[i]);
    g_free(m->fingerprint);
    g_free(m->load_error);
    g_free(m);
}

/* A mask.ini that does not load leaves the built-in rules, with its error
 * kept: ix_masker_usable says it, and zaalt index stops on it, since the
 * built-in rules know none of mask.ini's lists (roles, names) and would
 * publish the names they hide. */
static void *
load_for_context(zc_context *ctx)
{
    GError *err = NULL;
    ix_masker *m = ix_masker_load(zc_context_dir(ctx), &err);
    if (!m) {
        m = ix_masker_load(NULL, NULL);
        m->load_error = g_strdup(err->message);
        g_error_free(err);
    }
    return m;
}

const ix_masker *
ix_masker_get(zc_context *ctx)
{
    return zc_context_table(ctx, "indexer.mask", load_for_context, (GDestroyNotify)ix_masker_free);
}

bool
ix_masker_usable(zc_context *ctx, GError **error)
{
    const ix_masker *m = ix_masker_get(ctx);
    if (m->load_error == NULL)
        return true;
    g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                "%s: the masking rules do not load, so nothing is indexed: a public copy masked without "
                "them would show the names they hide; mend the file and run again",
                m->load_error);
    return false;
}

const char *
ix_masker_fingerprint(const ix_masker *m)
{
    return m->fingerprint;
}

/* How many private persons named (шүүгдэгч Б.Болд, Хүүхэд: Доржийн Сараа,
 * ээж нь Оюун,) make a text a case's.  The whole text is read, as long as
 * it is: a report that names a child only on its hundredth page is a case
 * file there, and a sample of its start would leave it public (probe 20).
 * Each alternative of the patterns below starts with a word of a closed
 * class or a capital, so one pass over a long text costs little, and the
 * pass stops as soon as the text is known to be a case's. */
#define IX_CASE_ROLES 3

/* A private person's name: an initial and a name (Б.Болд) or a father's
 * name in the genitive and a given name (Цэвээний Оюунбилэг), the full
 * forms; or one capitalised word that a comma, a bracket, a hyphened
 * ending, an age or the line's end closes (ээж нь Оюунбилэг, …): a place
 * after a kinship word is followed by its verb (ах нь Солонгост
 * ажилладаг), and one in the locative (-нд, -ад, -рт, -ст …) is no
 * person, so neither counts. */
#define CASE_CAP "[А-ЯЁӨҮA-Z]"
#define CASE_PERSON_FULL                                                                                             \
    "(?:" CASE_CAP "\\p{Ll}?\\.[ \\t]?" CASE_CAP "\\p{Ll}+"                                                   \
    "|" CASE_CAP "\\p{Ll}+(?:ын|ийн|гийн|гын|ны|ний|ы|ий|н)[ \\t]+" CASE_CAP "\\p{Ll}{2,})"
#define CASE_PERSON_ONE                                                                                              \
    CASE_CAP "\\p{Ll}{2,}(?<!нд|ад|эд|од|өд|ид|рт|ст|кт|вт|гт)(?:-\\p{Ll}{1,4})?"                                \
    "(?=[ \\t]*(?:[,;(]|\\d{1,2}[ \\t]+нас|$)|[ \\t]+(?:нь|хамт)(?!\\p{L}))"
#define CASE_PERSON "(?:" CASE_PERSON_FULL "|" CASE_PERSON_ONE ")"
/* A name as English writes one, a given name and a family name, both
 * capitalised (Tuya Baatar, Munkh-Od Erdene, BATTULGA Ganzorig): only
 * where a form's label, an age in brackets or a kinship word says it is a
 * person's; not a place's two words (South Korea (8), Inner Mongolia). */
#define CASE_PERSON_LATIN                                                                                            \
    "[A-Z][A-Za-z]+(?:-[A-Z]?[a-z]+)?[ \\t]+(?!(?:Korea|Mongolia|States|Kingdom|Emirates|Africa|Asia|America|Zealand"  \
    "|Lanka|Arabia|Republic|Province|District|City|Region|Islands?|Aimag|Soum|Gobi|Ulgii|Uul)(?![a-z]))"            \
    "[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?"
/* A kinship word in English after a possessive (her grandmother Bakhyt,
 * Saule's mother, Gulnar Sadykova): its name is a person's, one
 * capitalised word or two. */
#define CASE_KIN_EN                                                                                                  \
    "(?<=(?<!\\p{L})(?i:her|his)[ \\t]|(?<!\\p{L})(?i:their)[ \\t]|['’]s[ \\t])(?i:mother|father|brother|sister|grandmother|grandfather|aunt" \
    "|uncle|cousin|stepfather|stepmother|daughter|son|husband|wife),?[ \\t]+(?:" CASE_PERSON_LATIN "|[A-Z][a-z]{2,}(?![\\p{L}-]))"
/* Kinship words, a closed class, as a case conference's minutes or a social
 * worker's note name a family (ээж нь Оюун, авга ах Батын Болд, mother
 * Saraa,).  Counted only in a text that also speaks of a victim or a child
 * (CASE_CHILD): a biography or a history names mothers and brothers too. */
#define CASE_KIN                                                                                                     \
    "(?i:ээж|аав|эх|эцэг|ах|эгч|дүү|өвөө|эмээ|авга(?:[ \\t]+(?:ах|эгч))?|нагац(?:[ \\t]+(?:ах|эгч))?"                \
    "|хойд[ \\t]+(?:эцэг|эх)|нөхөр|эхнэр|үеэл|mother|father|brother|sister|grandmother|grandfather|aunt|uncle"      \
    "|stepfather|stepmother|cousin)(?:[ \\t]+нь)?"
#define CASE_CHILD "(?<!\\p{L})(?i:хохирогч|хүүхэд|хүүхдийн|насанд[ \\t]+хүрээгүй|victim|child|minor|survivor)"
/* A form's labels for a private person, a closed class, at a line's or a
 * cell's start with a colon after (Хүүхэд:, Хохирогч хүүхэд:, Асран
 * хамгаалагч: ээж …, Name of child:). */
#define CASE_LABEL                                                                                                   \
    "(?i:(?:хохирогч[ \\t]+)?хүүх(?:эд|дийн[ \\t]+(?:овог[ \\t]+)?нэр)|асран[ \\t]+хамгаалагч"                        \
    "|хууль[ \\t]+ёсны[ \\t]+төлөөлөгч|эцэг[ \\t]*/?[ \\t]*эх(?:ийн[ \\t]+нэр)?|овог(?:,?[ \\t]+нэр)?|нэр"            \
    "|(?:full[ \\t]+)?name(?:[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:child|victim|survivor|parent|guardian|mother|father))?" \
    "|child|guardian|parent|survivor|victim|mother|father|suspect)"
/* An intake or referral register: a header row with a cell of a person's
 * name and a cell of a birth date, an age or an РД, then a row whose cell
 * holds a name (the rows as the formats write a table: cells between |). */
#define CASE_NAME_CELL                                                                                               \
    "(?i:овог(?:,?[ \\t]*нэр)?|нэр|эцэг[ \\t]*/?[ \\t]*эхийн[ \\t]+нэр|хүүхдийн[ \\t]+нэр"                            \
    "|(?:full[ \\t]+|given[ \\t]+|first[ \\t]+)?name|surname)"
#define CASE_BIRTH_CELL                                                                                              \
    "(?i:төрсөн[ \\t]+(?:огноо|он[^|\\n]{0,20})|нас|рд|регистр[^|\\n]{0,20}|age|dob|date[ \\t]+of[ \\t]+birth)"
#define CASE_CELL(c) "(?:^|\\|)[ \\t]*" c "[ \\t]*(?:\\||$)"

/* Whether a text no one called a decision still reads as one about people
 * in a criminal case: a decision whose heading the type finder did not
 * know, an indictment, a police or shelter file, a judgment translated into
 * English ("the defendant Ts. Ganbaatar").  Such a text is masked
 * too: a heading's shape must not decide whether a victim's name is public.
 *
 * A court's heading (ШҮҮГЧИЙН ЗАХИРАМЖ, ШИЙТГЭХ ТОГТООЛ) with one party
 * named after it is enough.  The type finder also wants the decision's
 * number, and a scanned page's OCR garbles it ("2024/Ш3/0045"), as it
 * garbles a РД's letters ("X¥86021533"): a scan read by OCR must not be
 * left unmasked for a misread glyph.  The title is read too (a PDF's
 * Title may name the parties). */
static bool
has_case_heading(const zr_doc *doc)
{
    const char *text = doc->units->len > 0 ? ((const zr_unit *)g_ptr_array_index(doc->units, 0))->text : NULL;
    char *header = text != NULL ? ix_utf8_prefix(text, IX_HEADER_BYTES) : g_strdup("");
    /* "Шийтгэх тогтоол: Б.Болд, хохирогч …": the type is the title's first
     * part, as a heading's line. */
    char *title = g_strdelimit(g_strdup(doc->title ? doc->title : ""), ":;,(\n", '\n');
    char *with_title = g_strconcat(title, "\n", header, NULL);
    g_free(title);
    char **lines = g_strsplit(with_title, "\n", -1);
    bool yes = ix_decision_type_in(lines, NULL) != NULL;
    g_strfreev(lines);
    g_free(with_title);
    g_free(header);
    return yes;
}

/* One pass finds every kind of person, its named group saying which: a
 * party's role with a name (a colon and a relative's word may stand
 * between: Сэжигтэн: авга ах Батын Болд; a law's name after it is none:
 * шүүгдэгчид Эрүүгийн хуулийн …), a form's label with one, a
 * kinship word with one, a name with an age beside it (Name (15),
 * Name, 15 настай, Saraa, aged 15). */
#define CASE_PERSONS \
    "(?<!\\p{L})(?:" \
    "(?:(?i:шүүгдэгч|яллагдагч|ял\\s+шийтгүүлэгч|ялтан|хохирогч|сэжигтэн|гэрч|хамсаатан)\\p{L}*" \
    "|(?i:defendant|accused|victim|witness|complainant|convicted\\s+person|injured\\s+party|suspect)s?)" \
    "(?:[:,]?\\s+(?:(?i:хүүхэд|охин|хүү)\\s+)?(?!(?:Эрүүгийн|Иргэний|Монгол|Үндсэн|Захиргааны|Зөрчлийн|Хүүхдийн|Хууль)\\p{L}*)" \
    "(?:(?:Mr|Ms|Mrs|Miss)\\.?\\s+)?(?:" CASE_CAP "\\p{Ll}?\\.\\s?)?" CASE_CAP "\\p{Ll}" \
    "|[ \\t]*:[ \\t]*(?:" CASE_KIN "[ \\t]+){1,2}" CASE_PERSON ")" \
    "|(?m:(?<=^|\\|)[ \\t]*)" CASE_LABEL "[ \\t]*:[ \\t]*(?:" CASE_KIN "[ \\t]+){0,2}(?:" CASE_PERSON "|" CASE_PERSON_LATIN ")" \
    "|(?<kin>" CASE_KIN ")[ \\t]+" CASE_PERSON "|(?<kinen>" CASE_KIN_EN ")" \
    "|" CASE_PERSON "[ \\t]*[(,][ \\t]*(?:(?i:aged)[ \\t]+\\d{1,2}(?!\\d)" \
    "|\\d{1,2}[ \\t]*(?:настай|насны|нас(?!\\p{L})|-?(?i:years?)[ \\t-]+old))" \
    "|(?:" CASE_PERSON_FULL "|" CASE_PERSON_LATIN ")[ \\t]*\\([ \\t]*\\d{1,2}[ \\t]*\\))"

/* What reads_as_case has counted so far. */
typedef struct case_tally {
    int persons;     /* a party, a form's label or an age with a name */
    int kin;         /* a kinship word with a name */
    bool child;      /* the text speaks of a victim or a child */
    bool registered; /* an РД, or an intake register's rows */
} case_tally;

static bool
case_enough(const case_tally *t, int enough)
{
    return t->registered || t->persons + (t->child ? t->kin : 0) >= enough;
}

/* The patterns reads_as_case reads a text with.  They are constants (no
 * config names them), compiled once for the process and never changed
 * after: compiling them for every document cost more (5 ms) than reading
 * most documents with them. */
typedef struct case_patterns {
    GRegex *person, *child, *rd, *head, *row;
} case_patterns;

static const case_patterns *
case_patterns_get(void)
{
    static case_patterns p;
    static gsize compiled = 0;
    if (g_once_init_enter(&compiled)) {
        p.person = g_regex_new(CASE_PERSONS, G_REGEX_OPTIMIZE | G_REGEX_MULTILINE, 0, NULL);
        p.child = g_regex_new(CASE_CHILD, G_REGEX_OPTIMIZE, 0, NULL);
        /* A civil registration number, in Cyrillic, as typed in Latin, or
         * as OCR misreads У and Ү (¥). */
        p.rd = g_regex_new("(?<![\\p{L}\\d])[А-ЯЁӨҮA-Z" OCR_CAPITALS "]{2}\\d{8}(?!\\d)|" RD_SEPARATED, G_REGEX_OPTIMIZE, 0,
                           NULL);
        p.head = g_regex_new("^(?=[^\\n]*\\|)(?=[^\\n]*?" CASE_CELL(CASE_NAME_CELL) ")(?=[^\\n]*?" CASE_CELL(
                                 CASE_BIRTH_CELL) ")[^\\n]*",
                             G_REGEX_OPTIMIZE | G_REGEX_MULTILINE, 0, NULL);
        p.row = g_regex_new("^[^\\n]*\\|[ \\t]*(?:" CASE_PERSON_FULL "|" CASE_CAP "\\p{Ll}{2,})[ \\t]*(?:\\||$)",
                            G_REGEX_OPTIMIZE | G_REGEX_MULTILINE, 0, NULL);
        g_assert(p.person && p.child && p.rd && p.head && p.row);
        g_once_init_leave(&compiled, 1);
    }
    return &p;
}

/* Counts `text` into `t`, stopping once it is enough. */
static void
case_count(const char *text, case_tally *t, int enough, GError **err)
{
    const case_patterns *p = case_patterns_get();
    t->child = g_regex_match_full(p->child, text, -1, 0, 0, NULL, err);
    GMatchInfo *mi = NULL;
    g_regex_match_full(p->person, text, -1, 0, 0, &mi, err);
    for (; *err == NULL && g_match_info_matches(mi) && !case_enough(t, enough); g_match_info_next(mi, err)) {
        int start = -1, end = -1;
        if ((g_match_info_fetch_named_pos(mi, "kin", &start, &end) && start >= 0) ||
            (g_match_info_fetch_named_pos(mi, "kinen", &start, &end) && start >= 0))
            t->kin++;
        else
            t->persons++;
    }
    g_match_info_free(mi);
    if (*err == NULL && !case_enough(t, enough))
        t->registered = g_regex_match_full(p->rd, text, -1, 0, 0, NULL, err);
    mi = NULL;
    /* A table's rows are written with | between cells (flow.c). */
    if (*err == NULL && !case_enough(t, enough) && strchr(text, '|') != NULL &&
        g_regex_match_full(p->head, text, -1, 0, 0, &mi, err)) {
        int start = -1, end = -1;
        g_match_info_fetch_pos(mi, 0, &start, &end);
        t->registered = g_regex_match_full(p->row, text, -1, end, 0, NULL, err);
    }
    g_match_info_free(mi);
}

static bool
reads_as_case(const zr_doc *doc)
{
    if (g_strcmp0(doc->type, "code") == 0 || doc->units == NULL)
        return false;
    case_tally t = {0};
    int enough = has_case_heading(doc) ? 1 : IX_CASE_ROLES;
    /* The title and every unit, as one text: a pattern's call costs more
     * than its reading of a short unit, and a statute has thousands. */
    GString *all = g_string_new(doc->title);
    for (guint i = 0; i < doc->units->len; i++) {
        g_string_append_c(all, '\n');
        g_string_append(all, ((const zr_unit *)g_ptr_array_index(doc->units, i))->text);
    }
    /* What the format hides is the file's too, and an unmasked public
     * document's original is served whole (/file): a page whose hidden
     * block holds an РД is a case file, its text masked and its original
     * withheld, as one that shows it. */
    if (doc->unshown != NULL) {
        g_string_append_c(all, '\n');
        g_string_append(all, doc->unshown);
    }
    /* A match PCRE cannot finish (its backtracking limit) answers "a case":
     * masking a text that needed none costs little, leaving one unmasked
     * does not. */
    GError *err = NULL;
    case_count(all->str, &t, enough, &err);
    g_string_free(all, TRUE);
    bool failed = err != NULL;
    g_clear_error(&err);
    return case_enough(&t, enough) || failed;
}

bool
ix_mask_wanted(bool source_mask, const zr_doc *doc)
{
    bool is_public = doc->access == NULL || strcmp(doc->access, "public") == 0;
    return is_public && (source_mask || g_strcmp0(doc->type, "decision") == 0 || reads_as_case(doc));
}

/* ---- Patterns ---- */

static void
add_span(GPtrArray *spans, int start, int end, ix_mask_kind kind, const char *replacement)
{
    if (end <= start)
        return;
    ix_mask_span *sp = g_new0(ix_mask_span, 1);
    sp->start = start;
    sp->end = end;
    sp->kind = kind;
    sp->replacement = g_strdup(replacement);
    g_ptr_array_add(spans, sp);
}

/* A pattern that could not be matched (PCRE's backtracking or JIT stack
 * limit on a long text, a pattern of mask.ini that backtracks without end)
 * has not found nothing: it has not looked.  Every matching here reports
 * that as an error, and the text is not masked at all rather than masked
 * in part (ix_mask_texts_full). */
static bool
match_failed(GError *err, const char *what, GError **error)
{
    if (err == NULL)
        return false;
    /* GRegex's message spells the whole pattern out (hundreds of
     * characters of PCRE) before its reason: the reader is told the rule's
     * kind and the reason only. */
    if (err->domain == G_REGEX_ERROR && err->code == G_REGEX_ERROR_MATCH) {
        const char *why = strrchr(err->message, ':');
        why = why != NULL ? why + 1 : err->message;
        while (*why == ' ')
            why++;
        g_set_error(error, err->domain, err->code,
                    "masking (%s): a rule could not be matched to the end of this text (%s), so the file is left "
                    "out rather than masked in part",
                    what, why);
        g_error_free(err);
        return true;
    }
    g_propagate_prefixed_error(error, err, "masking (%s): ", what);
    return true;
}

/* Each match of each pattern as a span: its group 1 when it has one (the
 * number after "утас:"), else the whole match.  False, with `error` set,
 * when a match could not be completed. */
static bool
match_all(const GPtrArray *res, const char *text, ix_mask_kind kind, const char *replacement, GPtrArray *out,
          const char *what, GError **error)
{
    for (guint i = 0; i < res->len; i++) {
        GRegex *re = res->pdata[i];
        bool grouped = g_regex_get_capture_count(re) >= 1;
        GMatchInfo *mi = NULL;
        GError *err = NULL;
        g_regex_match_full(re, text, -1, 0, 0, &mi, &err);
        while (err == NULL && g_match_info_matches(mi)) {
            int s = -1, e = -1;
            if (!grouped || !g_match_info_fetch_pos(mi, 1, &s, &e) || s < 0)
                g_match_info_fetch_pos(mi, 0, &s, &e);
            add_span(out, s, e, kind, replacement);
            g_match_info_next(mi, &err);
        }
        g_match_info_free(mi);
        if (match_failed(err, what, error))
            return false;
    }
    return true;
}

/* Whether the line [line, end) is a table's row (a cell border in it). */
static bool
table_line(const char *line, const char *end)
{
    return memchr(line, '|', (size_t)(end - line)) != NULL;
}

/* Whether a line opens a list's item (1. 2) а) - • *) or a quotation: a
 * line end before it ends the last item, as a list's next number ends a
 * phone number (утас 7056-2211⏎2.). */
static bool
opens_item(const char *p, const char *end)
{
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    if (p >= end)
        return true;
    if (strchr("-*>#+", *p) || g_str_has_prefix(p, "•") || g_str_has_prefix(p, "–") || g_str_has_prefix(p, "—") ||
        g_str_has_prefix(p, "·"))
        return true;
    const char *q = p;
    while (q < end && q - p < 3 && g_ascii_isdigit(*q))
        q++;
    if (q > p && q < end && (*q == '.' || *q == ')') && (q + 1 >= end || !g_ascii_isdigit(q[1])))
        return true;
    /* а) б) a) b): one letter and a closing bracket. */
    const char *after = g_utf8_next_char(p);
    return after < end && *after == ')' && g_unichar_isalpha(g_utf8_get_char(p));
}

/* `text` with each line end inside a paragraph a space, byte for byte (a
 * hard-wrapped decision's 78 columns, a PDF's line ends, a scan's lines):
 * the patterns read "17-нд⏎төрсөн", "26 дугаар⏎хороо" or "утас⏎9911 2233"
 * as the one line they are, and what they find fits the text as it is.
 * A line end stays where it is one: before a blank line (a paragraph's
 * end), at a table's row (its rows are lines), before a list's item, after
 * a short line (IX_WRAPPED_CHARS), and after a hyphen (a number split
 * there, УЕ9507-⏎2618, is read with it). */
/* A line shorter than this is a heading's, a caption's or a field's
 * (No. 21-50498⏎Vanessa St. Pierre: a case's number, then a party), not a
 * paragraph's wrapped at its width. */
#define IX_WRAPPED_CHARS 40

static char *
joined_lines(const char *text)
{
    char *out = g_strdup(text);
    /* Every test reads `text`, whose line ends are all still there. */
    for (const char *nl = strchr(text, '\n'); nl; nl = strchr(nl + 1, '\n')) {
        const char *start = nl; /* this line's start */
        while (start > text && start[-1] != '\n')
            start--;
        const char *next = nl + 1, *next_end = strchr(next, '\n');
        if (next_end == NULL)
            next_end = next + strlen(next);
        const char *last = nl; /* after the line's last visible character */
        while (last > start && (last[-1] == ' ' || last[-1] == '\t' || last[-1] == '\r'))
            last--;
        if (last == start || last[-1] == '-' || next_end == next || table_line(start, nl) ||
            table_line(next, next_end) || opens_item(next, next_end) ||
            g_utf8_strlen(start, last - start) < IX_WRAPPED_CHARS)
            continue;
        if (nl[-1] == '\r')
            out[nl - text - 1] = ' ';
        out[nl - text] = ' ';
    }
    return out;
}

/* A number that a hyphen at a line's end splits (утас 9911-⏎2233, 99-⏎
 * 11-22-33: a PDF's or a hard-wrapped text's line end inside a phone's
 * groups), which joined_lines leaves as it is, since a space would stand
 * where the number has none.  `text` with every such line end (and the
 * blanks around it) taken out, or NULL when there is none; `cuts` gets,
 * in order, each cut's place in the result and the bytes taken out there,
 * as pairs of ints.  A table's row or a list's item on the next line is
 * no such split. */
static char *
unbroken_numbers(const char *text, GArray **cuts)
{
    *cuts = NULL;
    GString *out = NULL;
    const char *copied = text; /* text before this is in out */
    for (const char *nl = strchr(text, '\n'); nl; nl = strchr(nl + 1, '\n')) {
        const char *last = nl;
        while (last > text && (last[-1] == ' ' || last[-1] == '\t' || last[-1] == '\r'))
            last--;
        const char *start = nl; /* this line's start */
        while (start > text && start[-1] != '\n')
            start--;
        if (last - start < 2 || last[-1] != '-' || !g_ascii_isdigit(last[-2]))
            continue;
        const char *next = nl + 1, *next_end = strchr(next, '\n');
        if (next_end == NULL)
            next_end = next + strlen(next);
        const char *digit = next;
        while (digit < next_end && (*digit == ' ' || *digit == '\t'))
            digit++;
        if (digit == next_end || !g_ascii_isdigit(*digit) || table_line(next, next_end) ||
            table_line(start, nl) || opens_item(next, next_end))
            continue;
        if (out == NULL) {
            out = g_string_new(NULL);
            *cuts = g_array_new(FALSE, FALSE, sizeof(int));
        }
        g_string_append_len(out, copied, last - copied);
        int at = (int)out->len, gone = (int)(digit - last);
        g_array_append_val(*cuts, at);
        g_array_append_val(*cuts, gone);
        copied = digit;
    }
    if (out == NULL)
        return NULL;
    g_string_append(out, copied);
    return g_string_free(out, FALSE);
}

/* Each pattern of a kind matched again over unbroken_numbers' text: what
 * it finds across a cut is put back in `text`'s places and added to
 * `spans` (what it finds elsewhere the pass over the joined lines has). */
static bool
match_across_cuts(const ix_masker *m, const char *text, GPtrArray *spans, GError **error)
{
    GArray *cuts = NULL;
    char *unbroken = unbroken_numbers(text, &cuts);
    if (unbroken == NULL)
        return true;
    GPtrArray *found = g_ptr_array_new();
    bool ok = true;
    for (size_t k = 0; ok && k < N_KINDS; k++)
        ok = match_all(m->kinds[k], unbroken, pattern_kinds[k].kind, pattern_kinds[k].replacement, found,
                       pattern_kinds[k].key, error);
    for (guint i = 0; ok && i < found->len; i++) {
        const ix_mask_span *sp = found->pdata[i];
        int start = sp->start, end = sp->end;
        bool across = false;
        for (guint c = 0; c + 1 < cuts->len; c += 2) {
            int at = g_array_index(cuts, int, c), gone = g_array_index(cuts, int, c + 1);
            across = across || (sp->start < at && at < sp->end);
            start += sp->start >= at ? gone : 0;
            end += sp->end > at ? gone : 0;
        }
        if (across)
            add_span(spans, start, end, sp->kind, sp->replacement);
    }
    ix_mask_spans_free(found);
    g_array_free(cuts, TRUE);
    g_free(unbroken);
    return ok;
}

/* Whether `re` matches text[0, len) (len -1: all of it); false with
 * `error` set when it could not tell. */
static bool
matches(GRegex *re, const char *text, gssize len, const char *what, GError **error)
{
    if (error != NULL && *error != NULL)
        return false; /* already failed: the caller gives up */
    GError *err = NULL;
    bool yes = g_regex_match_full(re, text, len, 0, 0, NULL, &err);
    return !match_failed(err, what, error) && yes;
}

/* Whether text[a, b) lies within one of the name spans of `spans`. */
static bool
covered_by_name(const GPtrArray *spans, int a, int b)
{
    for (guint i = 0; i < spans->len; i++) {
        const ix_mask_span *sp = spans->pdata[i];
        if (sp->kind == IX_MASK_NAME && sp->start <= a && sp->end >= b)
            return true;
    }
    return false;
}

GArray *
ix_mask_row_cells(const char *line, const char *end)
{
    if (memchr(line, '|', (size_t)(end - line)) == NULL)
        return NULL;
    GArray *cells = g_array_new(FALSE, FALSE, sizeof(int) * 2);
    const char *c = line;
    while (c < end && (*c == ' ' || *c == '\t'))
        c++;
    if (c < end && *c == '|')
        c++;
    for (;;) {
        const char *bar = memchr(c, '|', (size_t)(end - c));
        const char *ce = bar ? bar : end;
        const char *a = c, *b = ce;
        while (a < b && g_ascii_isspace(*a))
            a++;
        while (b > a && g_ascii_isspace(b[-1]))
            b--;
        if (bar != NULL || a < b) {
            int range[2] = {(int)(a - line), (int)(b - line)};
            g_array_append_val(cells, range);
        }
        if (bar == NULL)
            break;
        c = bar + 1;
    }
    return cells;
}

/* A table's dates of birth, though no "төрсөн" stands beside them:
 *   - the column under a header cell that names them (Төрсөн, Төрсөн он,
 *     сар, өдөр, төрсөн огноо, Date of birth, DOB);
 *   - a date alone in its cell in a row that names a person (a cell all a
 *     masked name: Т.М. | 2015.05.14 | ээж Ц.О.), unless its column's
 *     header says it is an event's date (Огноо, Хэрэг үйлдсэн, Date of
 *     offence): a list of people gives their births.
 * A table is its rows, a line each (blank lines between them, as a Word
 * table reads, do not end it; any other line does); its first row is the
 * header, unless a date is in it. */
static bool
find_birth_in_tables(const ix_masker *m, const char *text, const GPtrArray *names, GPtrArray *out, GError **error)
{
    GError *err = NULL;
    GRegex *head = m->birth_head, *event = m->birth_event, *date = m->birth_cell;
    int birth_column = -1;
    GPtrArray *header = NULL; /* char*: the header row's cells, or NULL outside a table */
    for (const char *line = text; *line;) {
        const char *end = strchr(line, '\n');
        if (end == NULL)
            end = line + strlen(line);
        const char *p = line;
        while (p < end && g_ascii_isspace(*p))
            p++;
        GArray *cells = p < end ? ix_mask_row_cells(line, end) : NULL;
        if (p < end && cells == NULL && header != NULL) {
            g_ptr_array_free(header, TRUE);
            header = NULL;
            birth_column = -1;
        }
        /* A first row with a date in it is no header but the table's
         * first person: the table has none. */
        bool first = cells != NULL && header == NULL, dated = false;
        if (first) {
            header = g_ptr_array_new_with_free_func(g_free);
            for (guint k = 0; k < cells->len; k++) {
                const int *r = &g_array_index(cells, int, 2 * k);
                char *content = g_strndup(line + r[0], (gsize)(r[1] - r[0]));
                dated = dated || matches(date, content, -1, "birth", &err);
                g_ptr_array_add(header, content);
            }
            if (dated)
                g_ptr_array_set_size(header, 0);
            for (guint k = 0; k < header->len && birth_column < 0; k++)
                if (matches(head, header->pdata[k], -1, "birth", &err))
                    birth_column = (int)k;
        }
        if (cells != NULL && (!first || dated)) {
            bool person = false;
            for (guint k = 0; k < cells->len && !person; k++) {
                const int *r = &g_array_index(cells, int, 2 * k);
                person = r[1] > r[0] && covered_by_name(names, (int)(line - text) + r[0], (int)(line - text) + r[1]);
            }
            for (guint k = 0; k < cells->len; k++) {
                const int *r = &g_array_index(cells, int, 2 * k);
                char *content = g_strndup(line + r[0], (gsize)(r[1] - r[0]));
                bool is_date = matches(date, content, -1, "birth", &err);
                /* A row headed so (Төрсөн огноо | 1988.11.30), as a
                 * Word table lists one person's particulars. */
                if (!is_date && matches(head, content, -1, "birth", &err)) {
                    g_free(content);
                    if (k + 1 < cells->len) {
                        const int *n = &g_array_index(cells, int, 2 * (k + 1));
                        char *next = g_strndup(line + n[0], (gsize)(n[1] - n[0]));
                        if (matches(date, next, -1, "birth", &err))
                            add_span(out, (int)(line - text) + n[0], (int)(line - text) + n[1], IX_MASK_BIRTH,
                                     "[төрсөн огноо]");
                        g_free(next);
                    }
                    continue;
                }
                g_free(content);
                if (!is_date)
                    continue;
                const char *over = k < header->len ? header->pdata[k] : "";
                bool births =
                    (int)k == birth_column || (person && birth_column < 0 && !matches(event, over, -1, "birth", &err));
                if (births)
                    add_span(out, (int)(line - text) + r[0], (int)(line - text) + r[1], IX_MASK_BIRTH,
                             "[төрсөн огноо]");
            }
        }
        if (cells != NULL)
            g_array_free(cells, TRUE);
        line = *end && err == NULL ? end + 1 : end + strlen(end);
    }
    if (header != NULL)
        g_ptr_array_free(header, TRUE);
    if (err != NULL) {
        g_propagate_error(error, err);
        return false;
    }
    return true;
}

/* Whether a span of `kind` identifies a person as a run of their numbers
 * and places does (РД, phone, address, passport, e-mail). */
static bool
identifying(ix_mask_kind kind)
{
    return kind == IX_MASK_RD || kind == IX_MASK_PHONE || kind == IX_MASK_ADDRESS || kind == IX_MASK_PASSPORT ||
           kind == IX_MASK_EMAIL;
}

/* The numbers listed after an identity document's, in the same bracket or
 * list ((№ 1187345, № 2203391), passports E1234567 and E7654321): the
 * document's word named them all, its rule found the first.  Each is masked
 * as it, and the one after it read in turn. */
static bool
find_listed_numbers(const ix_masker *m, const char *text, GPtrArray *spans, GError **error)
{
    guint n = spans->len;
    for (guint i = 0; i < n; i++) {
        const ix_mask_span *sp = spans->pdata[i];
        if (sp->kind != IX_MASK_PASSPORT)
            continue;
        for (int at = sp->end;;) {
            GMatchInfo *mi = NULL;
            GError *err = NULL;
            int s = -1, e = -1;
            if (g_regex_match_full(m->listed_number, text, -1, at, G_REGEX_MATCH_ANCHORED, &mi, &err))
                g_match_info_fetch_pos(mi, 1, &s, &e);
            g_match_info_free(mi);
            if (match_failed(err, "passport", error))
                return false;
            if (s < 0)
                break;
            add_span(spans, s, e, IX_MASK_PASSPORT, "[паспорт]");
            at = e;
        }
    }
    return true;
}

/* Whether a span of an identifying kind ends at `at` (going back over
 * separators) or starts there (going forward). */
static bool
identifying_beside(const char *text, const GPtrArray *spans, int at, bool before)
{
    int x = at;
    if (before)
        while (x > 0 && strchr(" \t,;", text[x - 1]))
            x--;
    else
        while (text[x] && strchr(" \t,;", text[x]))
            x++;
    if (x == at)
        return false;
    for (guint i = 0; i < spans->len; i++) {
        const ix_mask_span *sp = spans->pdata[i];
        if (identifying(sp->kind) && (before ? sp->end == x : sp->start == x))
            return true;
    }
    /* Going forward, the word that names what follows may stand between
     * ((2011.04.17, РД УБ11041712), 1990.02.03, утас: 99112233). */
    static const char *const labels[] = {"РД", "регистр", "утас", "хаяг", "паспорт", "phone", "tel", "address"};
    for (size_t l = 0; !before && l < G_N_ELEMENTS(labels); l++) {
        if (strncmp(text + x, labels[l], strlen(labels[l])) != 0)
            continue;
        int y = x + (int)strlen(labels[l]);
        while (text[y] && y - x < 40 && !strchr(" \t:№#.,;()\n", text[y]))
            y++; /* its case ending: регистрийн, утасны */
        while (text[y] && strchr(" \t:№#.", text[y]))
            y++;
        for (guint i = 0; i < spans->len; i++) {
            const ix_mask_span *sp = spans->pdata[i];
            if (identifying(sp->kind) && sp->start == y)
                return true;
        }
    }
    return false;
}

/* Whether a party's masked name ends just before `at`, a dash or a colon
 * between (Б.Тэмүүжин — 2008 он 10 сар 4, …; Э.Билгүүн: 2009.01.15): a list
 * of parties giving each one's particulars. */
static bool
name_before_dash(const char *text, const GPtrArray *spans, int at)
{
    int x = at;
    while (x > 0 && (text[x - 1] == ' ' || text[x - 1] == '\t'))
        x--;
    int mark = x;
    if (x >= 3 && (strncmp(text + x - 3, "—", 3) == 0 || strncmp(text + x - 3, "–", 3) == 0))
        x -= 3;
    else if (x >= 1 && (text[x - 1] == '-' || text[x - 1] == ':'))
        x -= 1;
    if (x == mark)
        return false;
    while (x > 0 && (text[x - 1] == ' ' || text[x - 1] == '\t'))
        x--;
    /* The name may keep its initial after it (Билгүүн Э. — …): one capital
     * and its full stop. */
    int bare = x;
    if (x >= 2 && text[x - 1] == '.') {
        const char *p = g_utf8_find_prev_char(text, text + x - 1);
        if (p != NULL && g_unichar_isupper(g_utf8_get_char(p)) && p > text && (p[-1] == ' ' || p[-1] == '\t'))
            bare = (int)(p - text) - 1;
    }
    for (guint i = 0; i < spans->len; i++) {
        const ix_mask_span *sp = spans->pdata[i];
        if (sp->kind == IX_MASK_NAME && (sp->end == x || sp->end == bare))
            return true;
    }
    return false;
}

/* How far a list's item beside a date, or a bracket around it, is read. */
#define IX_ITEM_BYTES 160

/* The list item beside `at`, going back (before) or forward, past the
 * comma, semicolon or opening bracket that must stand between: the byte
 * range [*a, *b) up to the next such mark or line end (false when none
 * stands between, or the item runs on longer than IX_ITEM_BYTES). */
static bool
item_beside(const char *text, int at, bool before, int *a, int *b)
{
    bool marked = false;
    int x = at, y;
    if (before) {
        for (; x > 0 && strchr(" \t,;(", text[x - 1]); x--)
            marked = marked || !g_ascii_isspace(text[x - 1]);
        for (y = x; y > 0 && x - y < IX_ITEM_BYTES && !strchr(",;()\n", text[y - 1]); y--)
            ;
        if (y > 0 && !strchr(",;()\n", text[y - 1]))
            return false;
        *a = y, *b = x;
    } else {
        for (; text[x] && strchr(" \t,;", text[x]); x++)
            marked = marked || !g_ascii_isspace(text[x]);
        for (y = x; text[y] && y - x < IX_ITEM_BYTES && !strchr(",;()\n", text[y]); y++)
            ;
        if (text[y] && !strchr(",;()\n", text[y]))
            return false;
        *a = x, *b = y;
    }
    return marked && *b > *a;
}

/* Whether text[s, e), a date, is in brackets that say an age or a birth
 * ((14 настай, 2010 оны 2 сарын 8), (aged 15, 3 March 2009)) and name no
 * event (хэрэг үйлдэх үед, the date of the offence). */
static bool
bracket_with_age(const ix_masker *m, const char *text, int s, int e, GError **error)
{
    int open = s, close = e;
    while (open > 0 && s - open < IX_ITEM_BYTES && !strchr("()\n", text[open - 1]))
        open--;
    while (text[close] && close - e < IX_ITEM_BYTES && !strchr("()\n", text[close]))
        close++;
    if (open == 0 || text[open - 1] != '(' || text[close] != ')')
        return false;
    /* The bracket without the date itself. */
    GString *rest = g_string_new_len(text + open, s - open);
    g_string_append_c(rest, ' ');
    g_string_append_len(rest, text + e, close - e);
    bool yes = matches(m->birth_age_near, rest->str, -1, "birth", error) &&
               !matches(m->birth_event, rest->str, -1, "birth", error);
    g_string_free(rest, TRUE);
    return yes;
}

/* Whether the date text[s, e) stands beside a person's age: the list item
 * just before or after it is an age (…, 15 настай, 2009.04.02, …), or
 * the brackets around it say one. */
static bool
beside_age(const ix_masker *m, const char *text, int s, int e, GError **error)
{
    int a, b;
    if (item_beside(text, s, true, &a, &b) && matches(m->birth_age_item, text + a, b - a, "birth", error))
        return true;
    if (item_beside(text, e, false, &a, &b) && matches(m->birth_age_item, text + a, b - a, "birth", error))
        return true;
    return bracket_with_age(m, text, s, e, error);
}

/* A date in a person's identification run, between commas beside their
 * РД, address or phone ((РД, 1976.03.21, хаяг …), регистрийн дугаар:
 * РД, 1987 оны 5 сарын 11, хаяг) or their age ((14 настай, 2010 оны 2
 * сарын 8)): a date of birth, though no "төрсөн" follows.  A date with an
 * ending (2023.05.12-нд) or followed by more words is an event's, and
 * stays. */
static bool
find_birth_in_runs(const ix_masker *m, const char *text, const GPtrArray *spans, GPtrArray *out, GError **error)
{
    GMatchInfo *mi = NULL;
    GError *err = NULL;
    g_regex_match_full(m->birth_run, text, -1, 0, 0, &mi, &err);
    for (; err == NULL && g_match_info_matches(mi); g_match_info_next(mi, &err)) {
        int s = -1, e = -1;
        g_match_info_fetch_pos(mi, 0, &s, &e);
        if (identifying_beside(text, spans, s, true) || identifying_beside(text, spans, e, false) ||
            name_before_dash(text, spans, s) || beside_age(m, text, s, e, &err))
            add_span(out, s, e, IX_MASK_BIRTH, "[төрсөн огноо]");
        if (err != NULL)
            break;
    }
    g_match_info_free(mi);
    if (err == NULL)
        return true;
    g_propagate_error(error, err);
    return false;
}

/* A full date alone in brackets, or between the slashes Mongolian clerks
 * bracket with, right after a party's masked name (Д.Халиун (2006.02.14),
 * Д.Сараа /2007 оны 10 сарын 1/): their date of birth, as a list of
 * parties gives it.  Not after a name in the genitive (Б.Болдын
 * (2023.05.12) мэдүүлэг: the date of their statement). */
static bool
find_birth_after_names(const ix_masker *m, const char *text, const GPtrArray *spans, GPtrArray *out, GError **error)
{
    GMatchInfo *mi = NULL;
    GError *err = NULL;
    g_regex_match_full(m->birth_bracket, text, -1, 0, 0, &mi, &err);
    for (; err == NULL && g_match_info_matches(mi); g_match_info_next(mi, &err)) {
        int s = -1, e = -1, ds = -1, de = -1;
        g_match_info_fetch_pos(mi, 0, &s, &e);
        g_match_info_fetch_pos(mi, 1, &ds, &de);
        int x = s;
        while (x > 0 && (text[x - 1] == ' ' || text[x - 1] == '\t'))
            x--;
        for (guint i = 0; i < spans->len; i++) {
            const ix_mask_span *sp = spans->pdata[i];
            if (sp->kind != IX_MASK_NAME || sp->end != x)
                continue;
            char *name = g_utf8_strdown(text + sp->start, sp->end - sp->start);
            bool genitive = g_str_has_suffix(name, "ын") || g_str_has_suffix(name, "ийн") ||
                            g_str_has_suffix(name, "ны") || g_str_has_suffix(name, "ний");
            g_free(name);
            if (!genitive)
                add_span(out, ds, de, IX_MASK_BIRTH, "[төрсөн огноо]");
            break;
        }
    }
    g_match_info_free(mi);
    return !match_failed(err, "birth", error);
}

static gint
by_start(gconstpointer a, gconstpointer b)
{
    const ix_mask_span *x = *(ix_mask_span *const *)a, *y = *(ix_mask_span *const *)b;
    if (x->start != y->start)
        return x->start < y->start ? -1 : 1;
    return (y->end - y->start) - (x->end - x->start);
}

/* Only separators between two offsets: spaces, commas, semicolons. */
static bool
separated_only(const char *text, int a, int b)
{
    if (b - a > 6)
        return false;
    for (int i = a; i < b; i++)
        if (!strchr(" ,;\t", text[i]))
            return false;
    return true;
}

/* Whether what stands between two offsets keeps an address one: separators
 * only, or all of it what mask.ini's address-between allows (the named
 * block or building between the khoroo and the flat: 3 дугаар хороо,
 * Сансарын 45 дугаар байр).  Bounded, so that it never bridges a
 * sentence. */
static bool
joins(const ix_masker *m, const char *text, int a, int b, GError **error)
{
    if (separated_only(text, a, b))
        return true;
    return m->addr_between && b - a <= 96 && matches(m->addr_between, text + a, b - a, "address-between", error);
}

static void
free_span(ix_mask_span *sp)
{
    g_free(sp->replacement);
    g_free(sp);
}

/* A parent's workplace that the case is about: the company named a party
 * somewhere in the text, its role right before it (хариуцагч "Сэлэнгэ
 * Жимс" ХХК, the employer "…" LLC, a labour case's respondent), stays, as
 * a party's name does. */
static bool
party_workplace(const char *text, const ix_mask_span *sp)
{
    static const char *const party_words[] = {"хариуцагч", "Хариуцагч", "нэхэмжлэгч", "Нэхэмжлэгч", "ажил олгогч",
                                              "Ажил олгогч", "employer", "Employer", "respondent", "Respondent"};
    char *name = g_strndup(text + sp->start, sp->end - sp->start);
    bool party = false;
    for (const char *q = strstr(text, name); q && !party; q = strstr(q + 1, name)) {
        const char *from = q - MIN(q - text, 40); /* the word right before it, not the sentence's */
        while (from < q && ((unsigned char)*from & 0xC0) == 0x80)
            from++; /* not inside a letter */
        for (size_t w = 0; w < G_N_ELEMENTS(party_words) && !party; w++)
            party = g_strstr_len(from, q - from, party_words[w]) != NULL;
    }
    g_free(name);
    return party;
}

static void
keep_party_workplaces(const char *text, GPtrArray *spans)
{
    for (guint k = spans->len; k-- > 0;) {
        ix_mask_span *sp = spans->pdata[k];
        if (sp->kind == IX_MASK_WORKPLACE && party_workplace(text, sp)) {
            free_span(sp);
            g_ptr_array_remove_index(spans, k);
        }
    }
}

/* Whether text[a, b) holds two numbers joined by a hyphen (22-8). */
static bool
holds_number_pair(const char *text, int a, int b)
{
    for (int i = a; i < b; i++) {
        if (!g_ascii_isdigit(text[i]))
            continue;
        int j = i + 1;
        if (j < b && text[j] == '-')
            j++;
        else if (j + 2 < b && strncmp(text + j, "–", 3) == 0)
            j += 3;
        else
            continue;
        if (j < b && g_ascii_isdigit(text[j]))
            return true;
    }
    return false;
}

/* Where the word `word` (ASCII or Cyrillic, lower case) first ends in
 * text[a, b), standing as a word of its own or with one of `endings`
 * (NULL-terminated) after it; -1 when it does not stand there. */
static int
word_in(const char *text, int a, int b, const char *word, const char *const *endings)
{
    size_t n = strlen(word);
    for (int x = a; x + (int)n <= b; x++) {
        if (strncmp(text + x, word, n) != 0)
            continue;
        const char *before = x > a ? g_utf8_find_prev_char(text + a, text + x) : NULL;
        if (before != NULL && g_unichar_isalpha(g_utf8_get_char(before)))
            continue;
        int y = x + (int)n;
        for (const char *const *e = endings; e && *e && y < b && g_unichar_isalpha(g_utf8_get_char(text + y)); e++)
            if (y + (int)strlen(*e) <= b && strncmp(text + y, *e, strlen(*e)) == 0 &&
                (y + (int)strlen(*e) == b || !g_unichar_isalpha(g_utf8_get_char(text + y + strlen(*e)))))
                y += (int)strlen(*e);
        if (y >= b || !g_unichar_isalpha(g_utf8_get_char(text + y)))
            return y;
    }
    return -1;
}

/* Whether a run is a rural home: a bag (Хөх нуур баг, 2-р баг, 5-r bag:
 * the part before its first comma names one) and what is named in it
 * (Бор тал гэх газар, Их Хүүдийн гол), no building, flat or house number
 * after it.  Its soum and province before it stay: a soum of a few
 * thousand people and its province are where a court sits and a crime is
 * done, named by every decision; the bag and the place in it are the
 * home.  A bag with a building and flat (Мандал сум, 4-р баг, Цагаан
 * 15-3) is a town's address, and a bag alone (Есөнбулаг сумын 3 дугаар
 * багт төрсөн) too little to be anyone's: both are masked whole. */
static bool
rural_home(const char *text, const ix_mask_span *run)
{
    static const char *const bag_endings[] = {"ийн", "т", NULL};
    int stop = run->start;
    while (stop < run->end && text[stop] != ',' && text[stop] != ';')
        stop++;
    int bag = word_in(text, run->start, stop, "баг", bag_endings);
    if (bag < 0)
        bag = word_in(text, run->start, stop, "bag", NULL);
    for (int x = bag; bag >= 0 && x < run->end; x++)
        if (g_ascii_isdigit(text[x]))
            return false;
    return bag >= 0 && stop < run->end;
}

/* Whether a prefix names a soum or a province (Тэлмэн сумын, Булган
 * аймаг, Zuunmod soum). */
static bool
rural_prefix(const char *text, const ix_mask_span *p)
{
    static const char *const endings[] = {"ын", "д", "аас", "т", "ийн", NULL};
    static const char *const words[] = {"сум", "аймаг", "аймг", "soum", "sum", "aimag", "province"};
    for (size_t i = 0; i < G_N_ELEMENTS(words); i++)
        if (word_in(text, p->start, p->end, words[i], endings) >= 0)
            return true;
    return false;
}

/* Whether a run is a numbered bag and nothing else (4 дүгээр баг, 2-р
 * багт): no khoroo, building, flat, yard or second number with it. */
static bool
lone_bag(const char *text, const ix_mask_span *run)
{
    static const char *const bag_endings[] = {"ийн", "т", "ийг", "аас", "тай", NULL};
    static const char *const others[] = {"хороо", "байр", "тоот", "хашаа", "гудамж", "хэс", "орц", "давхар", "bag"};
    if (word_in(text, run->start, run->end, "баг", bag_endings) < 0)
        return false;
    for (size_t i = 0; i < G_N_ELEMENTS(others); i++)
        if (g_strstr_len(text + run->start, run->end - run->start, others[i]))
            return false;
    int numbers = 0;
    for (int x = run->start; x < run->end; x++)
        if (g_ascii_isdigit(text[x]) && (x == run->start || !g_ascii_isdigit(text[x - 1])))
            numbers++;
    return numbers == 1;
}

/* How far around a lone bag its clause (between commas, brackets or a
 * sentence's ends) is read for what it is. */
#define IX_PLACE_BYTES 160

/* Whether a lone bag (its run [a, b)) is the place of an event or of its
 * office (Дархан сумын 4 дүгээр баг-д үйлдэгдсэн, хэргийн газар …, 4
 * дүгээр багийн засаг дарга), as mask.ini's address-event says, and its
 * clause says no one lives or was born there (address-home: оршин суух,
 * амьдардаг, хаяг, гэртээ, төрсөн): a bag alone is too little to be
 * anyone's but beside such words.  With neither, it is masked as before,
 * as a party's particulars list a home's bag so (Хохирогч: Э.Н., Дархан
 * сум, 4 дүгээр баг, утас …). */
static bool
event_place(const ix_masker *m, const char *text, int a, int b, GError **error)
{
    if (m->addr_event == NULL)
        return false;
    int from = a, to = b;
    while (from > 0 && a - from < IX_PLACE_BYTES && !strchr(".;!?,()\n", text[from - 1]))
        from--;
    while (text[to] && to - b < IX_PLACE_BYTES && !strchr(".;!?,()\n", text[to]))
        to++;
    while (from < a && ((unsigned char)text[from] & 0xC0) == 0x80)
        from++; /* not inside a letter */
    while (to > b && ((unsigned char)text[to] & 0xC0) == 0x80)
        to--;
    if (m->addr_home && matches(m->addr_home, text + from, to - from, "address-home", error))
        return false;
    return matches(m->addr_event, text + from, to - from, "address-event", error);
}

/* An address is its parts run together (26 дугаар хороо, 45 дугаар байрны
 * 12 тоот), with the city, district or soum right before them.  A weak
 * part (4-р хэсэг, 2-р орц) is an address only in a run with a part of
 * its own kind: alone it is as likely a law's part (1 дэх хэсэг). */
static bool
find_addresses(const ix_masker *m, const char *text, GPtrArray *out, GError **error)
{
    GPtrArray *found = g_ptr_array_new();
    /* A weak part has no placeholder yet. */
    bool ok = match_all(m->addr_part, text, IX_MASK_ADDRESS, "[хаяг]", found, "address", error) &&
              match_all(m->addr_weak, text, IX_MASK_ADDRESS, "", found, "address-weak", error);
    GPtrArray *pre = g_ptr_array_new();
    if (ok && m->addr_prefix) {
        GPtrArray *one = g_ptr_array_new();
        g_ptr_array_add(one, m->addr_prefix);
        ok = match_all(one, text, IX_MASK_ADDRESS, "", pre, "address-prefix", error);
        g_ptr_array_free(one, TRUE);
    }
    if (!ok) {
        g_ptr_array_set_free_func(found, (GDestroyNotify)free_span);
        g_ptr_array_set_free_func(pre, (GDestroyNotify)free_span);
        g_ptr_array_free(found, TRUE);
        g_ptr_array_free(pre, TRUE);
        return false;
    }
    g_ptr_array_sort(found, by_start);
    GError *err = NULL; /* of address-between */
    GPtrArray *runs = g_ptr_array_new();
    for (guint i = 0; i < found->len; i++) {
        ix_mask_span *sp = found->pdata[i];
        ix_mask_span *last = runs->len ? runs->pdata[runs->len - 1] : NULL;
        if (last && (sp->start <= last->end || joins(m, text, last->end, sp->start, &err))) {
            last->end = MAX(last->end, sp->end);
            if (!*last->replacement && *sp->replacement) {
                g_free(last->replacement);
                last->replacement = g_strdup(sp->replacement);
            }
            free_span(sp);
        } else {
            g_ptr_array_add(runs, sp);
        }
    }
    g_ptr_array_free(found, TRUE);
    /* A run of weak parts alone is no address, unless a named bag or block
     * opens it, a house's and flat's numbers follow, and a soum, district
     * or city leads right into it (Баян-Өндөр сум, Уурхайчин баг, 22-8): a
     * home.  A district's section alone (Налайх дүүргийн 4-р хэсэгт) is a
     * place anyone may name, a number pair alone after a place (аймаг,
     * 2-3-т) as likely a law's parts. */
    guint kept = 0;
    for (guint i = 0; i < runs->len; i++) {
        ix_mask_span *run = runs->pdata[i];
        bool home = !g_ascii_isdigit(text[run->start]) && holds_number_pair(text, run->start, run->end);
        for (guint k = 0; !*run->replacement && home && k < pre->len; k++) {
            const ix_mask_span *p = pre->pdata[k];
            if (p->end <= run->start && separated_only(text, p->end, run->start)) {
                g_free(run->replacement);
                run->replacement = g_strdup("[хаяг]");
            }
        }
        if (*run->replacement)
            runs->pdata[kept++] = run;
        else
            free_span(run);
    }
    g_ptr_array_set_size(runs, kept);
    /* A numbered bag alone where something happened is a place, not a
     * home (event_place). */
    kept = 0;
    for (guint i = 0; i < runs->len; i++) {
        ix_mask_span *run = runs->pdata[i];
        if (lone_bag(text, run) && event_place(m, text, run->start, run->end, &err))
            free_span(run);
        else
            runs->pdata[kept++] = run;
    }
    g_ptr_array_set_size(runs, kept);
    if (m->addr_prefix) {
        /* Leftwards, each prefix that ends where the run (now) begins;
         * not a soum or a province before a rural home (rural_home). */
        for (guint i = 0; i < runs->len; i++) {
            ix_mask_span *run = runs->pdata[i];
            bool rural = rural_home(text, run);
            for (bool grew = true; grew;) {
                grew = false;
                for (guint k = 0; k < pre->len; k++) {
                    ix_mask_span *p = pre->pdata[k];
                    if (rural && rural_prefix(text, p))
                        continue;
                    if (p->start < run->start && p->end <= run->start && joins(m, text, p->end, run->start, &err)) {
                        run->start = p->start;
                        grew = true;
                    }
                }
            }
        }
    }
    for (guint k = 0; k < pre->len; k++)
        free_span(pre->pdata[k]);
    g_ptr_array_free(pre, TRUE);
    /* The bracket right after a home address that names its
     * microdistrict, block or building ([хаяг] (Хороолол 3), (3-р
     * хороолол), (Green Valley compound)) is the same home's: it would
     * narrow the masked address down. */
    for (guint i = 0; err == NULL && i < runs->len; i++) {
        ix_mask_span *run = runs->pdata[i];
        /* Forty characters and spaces at most: the match is given that
         * much of the text, not the rest of it (PCRE checks all it is given
         * as UTF-8, so a text of many addresses would be read again at
         * each), cut at a character. */
        const char *from = text + run->end;
        size_t n = 0;
        while (n < 256 && from[n] != '\0' && from[n] != '\n')
            n++;
        if (n == 256)
            while (n > 0 && ((unsigned char)from[n] & 0xC0) == 0x80)
                n--;
        GMatchInfo *mi = NULL;
        if (g_regex_match_full(m->addr_bracket, from, (gssize)n, 0, G_REGEX_MATCH_ANCHORED, &mi, &err)) {
            int a = -1, b = -1;
            g_match_info_fetch_pos(mi, 0, &a, &b);
            if (b > 0)
                run->end += b;
        }
        g_match_info_free(mi);
    }
    for (guint i = 0; i < runs->len; i++) {
        if (err == NULL)
            g_ptr_array_add(out, runs->pdata[i]);
        else
            free_span(runs->pdata[i]);
    }
    g_ptr_array_free(runs, TRUE);
    if (err == NULL)
        return true;
    g_propagate_error(error, err);
    return false;
}

/* A number a label or a bank's name said what it is (an account, a
 * passport, a РД, a plate): a phone's or an address's pattern that reads
 * part of it (5012 3456 78 тоот дансны: "78 тоот" as a flat) is wrong. */
static bool
labelled_number(ix_mask_kind k)
{
    return k == IX_MASK_ACCOUNT || k == IX_MASK_PASSPORT || k == IX_MASK_RD || k == IX_MASK_PLATE || k == IX_MASK_DEVICE;
}

static bool
guessed_number(ix_mask_kind k)
{
    return k == IX_MASK_ADDRESS || k == IX_MASK_PHONE;
}

/* Overlapping spans become one: a labelled number is what it was labelled,
 * whatever a phone's or an address's pattern read in it; an address that
 * holds a name is the address; otherwise the longer (the earlier on a tie)
 * says what it is. */
static GPtrArray *
merge_spans(GPtrArray *spans)
{
    g_ptr_array_sort(spans, by_start);
    GPtrArray *out = g_ptr_array_new();
    for (guint i = 0; i < spans->len; i++) {
        ix_mask_span *sp = spans->pdata[i];
        ix_mask_span *last = out->len ? out->pdata[out->len - 1] : NULL;
        if (last && sp->start < last->end) {
            bool wins;
            if (labelled_number(sp->kind) && guessed_number(last->kind))
                wins = true;
            else if (labelled_number(last->kind) && guessed_number(sp->kind))
                wins = false;
            else
                wins = sp->kind == IX_MASK_ADDRESS && last->kind != IX_MASK_ADDRESS
                           ? true
                           : (last->kind == IX_MASK_ADDRESS ? false : sp->end - sp->start > last->end - last->start);
            if (wins) {
                g_free(last->replacement);
                last->replacement = sp->replacement;
                last->kind = sp->kind;
                sp->replacement = NULL;
            }
            /* What a guessed pattern read past a labelled number is no
             * part of it (the "тоот" of "78 тоот"): it stays. */
            if (!(labelled_number(last->kind) && guessed_number(sp->kind)))
                last->end = MAX(last->end, sp->end);
            g_free(sp->replacement);
            g_free(sp);
        } else {
            g_ptr_array_add(out, sp);
        }
    }
    g_ptr_array_free(spans, TRUE);
    return out;
}

void
ix_mask_spans_free(GPtrArray *spans)
{
    if (!spans)
        return;
    for (guint i = 0; i < spans->len; i++) {
        ix_mask_span *sp = spans->pdata[i];
        if (sp) {
            g_free(sp->replacement);
            g_free(sp);
        }
    }
    g_ptr_array_free(spans, TRUE);
}

/* `text` with its spans replaced; without the full stops of the
 * placeholders when `no_dots` (a file name). */
static char *
apply_spans(const char *text, const GPtrArray *spans, bool no_dots)
{
    GString *out = g_string_new(NULL);
    int at = 0;
    for (guint i = 0; i < spans->len; i++) {
        const ix_mask_span *sp = spans->pdata[i];
        g_string_append_len(out, text + at, sp->start - at);
        for (const char *r = sp->replacement; *r; r++)
            if (!(no_dots && *r == '.'))
                g_string_append_c(out, *r);
        at = sp->end;
    }
    g_string_append(out, text + at);
    return g_string_free(out, FALSE);
}

/* Where byte `x` of the text lies once the spans are replaced: a start
 * inside a span moves to the placeholder's start, an end to its end. */
static int
moved_offset(const GPtrArray *spans, int x, bool is_end)
{
    int shift = 0;
    for (guint i = 0; i < spans->len; i++) {
        const ix_mask_span *sp = spans->pdata[i];
        int placeholder = (int)strlen(sp->replacement);
        if (x >= sp->end) {
            shift += placeholder - (sp->end - sp->start);
            continue;
        }
        if (x > sp->start)
            return sp->start + shift + (is_end ? placeholder : 0);
        break;
    }
    return x + shift;
}

/* An account's name, once masked where a pattern knew it (Facebook хаяг
 * "Bold Enkhee"), is masked wherever the document writes it again, as a
 * quotation does ("Bold Enkhee хаягаас …" гэж): shorter ones than this,
 * or one plain word ("Ажил"), are too often a word of the text. */
#define IX_ACCOUNT_MIN_BYTES 4

static bool
plain_word(const char *p, const char *end)
{
    for (; p < end; p = g_utf8_next_char(p))
        if (!g_unichar_isalpha(g_utf8_get_char(p)))
            return false;
    return true;
}

static bool
word_char_at(const char *text, const char *p)
{
    if (p < text || !*p)
        return false;
    gunichar c = g_utf8_get_char(p);
    return g_unichar_isalnum(c) || c == '_';
}

/* Every other place in `text` that writes one of the masked `accounts`
 * whole (not inside a longer word), as a span. */
static void
find_accounts_again(GHashTable *accounts, const char *text, GPtrArray *spans)
{
    GHashTableIter it;
    gpointer key;
    g_hash_table_iter_init(&it, accounts);
    while (g_hash_table_iter_next(&it, &key, NULL)) {
        const char *name = key;
        size_t len = strlen(name);
        for (const char *p = strstr(text, name); p; p = strstr(p + len, name)) {
            const char *before = p > text ? g_utf8_find_prev_char(text, p) : NULL;
            if ((before && word_char_at(text, before)) || word_char_at(text, p + len))
                continue;
            add_span(spans, (int)(p - text), (int)(p - text + len), IX_MASK_ONLINE, "[цахим хаяг]");
        }
    }
}

char **
ix_mask_texts_full(const ix_masker *m, az_analyzer *az, const char *const *texts, gsize n, const char *const *officials,
                   gssize file_name, GPtrArray **spans_out, GError **error)
{
    mk_learned *l = mk_learned_new();
    for (const char *const *o = officials; o && *o; o++)
        mk_learn_official(&m->rules, l, *o);
    for (gsize i = 0; i < n; i++)
        mk_find_names(&m->rules, l, az, texts[i], true, NULL);
    char **out = g_new0(char *, n + 1);
    GPtrArray **found = g_new0(GPtrArray *, n);
    GHashTable *accounts = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    bool ok = true;
    for (gsize i = 0; ok && i < n; i++) {
        if (!texts[i])
            continue;
        GPtrArray *spans = g_ptr_array_new();
        found[i] = spans;
        mk_find_names(&m->rules, l, az, texts[i], false, spans);
        if ((gssize)i == file_name)
            mk_find_latin_names(&m->rules, l, texts[i], spans);
        /* The patterns read a paragraph's lines as one (joined_lines);
         * a table's cells by its lines as they are. */
        char *joined = joined_lines(texts[i]);
        for (size_t k = 0; ok && k < N_KINDS; k++)
            ok = match_all(m->kinds[k], joined, pattern_kinds[k].kind, pattern_kinds[k].replacement, spans,
                           pattern_kinds[k].key, error);
        ok = ok && match_across_cuts(m, texts[i], spans, error);
        if (ok)
            keep_party_workplaces(joined, spans);
        ok = ok && find_listed_numbers(m, joined, spans, error) && find_addresses(m, joined, spans, error) &&
             find_birth_in_tables(m, texts[i], spans, spans, error) &&
             find_birth_in_runs(m, joined, spans, spans, error) &&
             find_birth_after_names(m, joined, spans, spans, error);
        g_free(joined);
        for (guint k = 0; ok && k < spans->len; k++) {
            const ix_mask_span *sp = spans->pdata[k];
            if (sp->kind == IX_MASK_ONLINE && sp->end - sp->start >= IX_ACCOUNT_MIN_BYTES &&
                !plain_word(texts[i] + sp->start, texts[i] + sp->end))
                g_hash_table_add(accounts, g_strndup(texts[i] + sp->start, sp->end - sp->start));
        }
    }
    if (!ok) {
        /* Nothing of a text given back unmasked, nor masked in part. */
        for (gsize i = 0; i < n; i++)
            ix_mask_spans_free(found[i]);
        g_free(found);
        g_free(out);
        g_hash_table_destroy(accounts);
        mk_learned_free(l);
        return NULL;
    }
    for (gsize i = 0; i < n; i++) {
        if (!texts[i]) {
            if (spans_out)
                spans_out[i] = g_ptr_array_new();
            continue;
        }
        GPtrArray *spans = found[i];
        find_accounts_again(accounts, texts[i], spans);
        spans = merge_spans(spans);
        out[i] = apply_spans(texts[i], spans, false);
        if (spans_out)
            spans_out[i] = spans;
        else
            ix_mask_spans_free(spans);
    }
    g_hash_table_destroy(accounts);
    g_free(found);
    mk_learned_free(l);
    return out;
}

char **
ix_mask_texts(const ix_masker *m, az_analyzer *az, const char *const *texts, gsize n, const char *const *officials,
              gssize file_name, GPtrArray **spans_out)
{
    return ix_mask_texts_full(m, az, texts, n, officials, file_name, spans_out, NULL);
}

/* ---- A title ---- */

/* The next word of `p` from `*at` on: letters and marks, inner hyphens and
 * apostrophes with it (Қуанышбек-тэй, O'Neil); its byte range in *a, *b
 * and how many letters it has, or 0 at the end.  A word with a digit
 * (2024/ШЦТ/67, 99117001) is no name and is skipped: a number the
 * patterns did not mask is none of theirs. */
static int
next_word(const char *p, int *at, int *a, int *b)
{
    for (;;) {
        const char *c = p + *at;
        while (*c && !g_unichar_isalpha(g_utf8_get_char(c)))
            c = g_utf8_next_char(c);
        if (*c == '\0') {
            *at = (int)(c - p);
            return 0;
        }
        const char *s = c;
        int letters = 0;
        bool digit = false;
        for (;;) {
            gunichar u = g_utf8_get_char(c);
            if (g_unichar_isalpha(u) || g_unichar_ismark(u)) {
                letters += g_unichar_isalpha(u) != 0;
            } else if (g_unichar_isdigit(u)) {
                digit = true;
            } else if ((u == '-' || u == '\'' || u == 0x2019) && g_unichar_isalpha(g_utf8_get_char(g_utf8_next_char(c)))) {
                /* inside the word */
            } else {
                break;
            }
            c = g_utf8_next_char(c);
        }
        *at = (int)(c - p);
        if (!digit) {
            *a = (int)(s - p);
            *b = (int)(c - p);
            return letters;
        }
    }
}

/* The words of a document's public texts, lower-cased, each also without
 * what follows its first hyphen (the stem of Болд-ын). */
static GHashTable *
public_words(const char *const *texts, gsize n)
{
    GHashTable *set = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
    for (gsize i = 0; i < n; i++) {
        if (texts[i] == NULL)
            continue;
        int at = 0, a, b;
        while (next_word(texts[i], &at, &a, &b) > 0) {
            char *fold = g_utf8_strdown(texts[i] + a, b - a);
            char *hy = strchr(fold, '-');
            if (hy != NULL)
                g_hash_table_add(set, g_strndup(fold, hy - fold));
            g_hash_table_add(set, fold);
        }
    }
    return set;
}

static bool
inside_span(const GPtrArray *spans, int a, int b)
{
    for (guint i = 0; i < spans->len; i++) {
        const ix_mask_span *sp = spans->pdata[i];
        if (a < sp->end && b > sp->start)
            return true;
    }
    return false;
}

/* A title has no context for a name to be known by: "Нурболатын
 * ярилцлага", "Interview with Aigerimka" are a file's own metadata and
 * name someone the text need not name at all.  So after the title was
 * masked as the text is (the names the document taught, the shapes of
 * names read in the title as a line of its own), each word of it masking
 * left is read alone: one the public copy's text holds anyway (`texts`,
 * masked) or that no name can be read in (mk_plain_word: a dictionary
 * word, a place, a role, not a name of the lists) stays, any other is
 * masked as a name is, by its initial (Н. ярилцлага, Interview with A.).
 * Adds those spans to `spans` (the title's own, merged); returns how
 * many, and sets *bare when no word of two letters or more is left
 * unmasked: a title of names alone tells nothing but them, and the
 * caller gives the document a neutral one (maskrun.c). */
static unsigned
mask_title_words(const ix_masker *m, az_analyzer *az, const char *title, GPtrArray **spans,
                 const char *const *texts, gsize n, bool *bare)
{
    GHashTable *seen = NULL;
    unsigned added = 0;
    int left = 0, at = 0, a, b, letters;
    while ((letters = next_word(title, &at, &a, &b)) > 0) {
        if (inside_span(*spans, a, b))
            continue;
        if (letters < 2)
            continue;
        char *fold = g_utf8_strdown(title + a, b - a);
        char *hy = strchr(fold, '-');
        char *stem = hy != NULL && mk_suffix_chain(&m->rules, hy + 1) ? g_strndup(fold, hy - fold) : NULL;
        bool plain = mk_plain_word(&m->rules, az, fold);
        if (!plain) {
            if (seen == NULL)
                seen = public_words(texts, n);
            plain = g_hash_table_contains(seen, fold) || (stem != NULL && g_hash_table_contains(seen, stem));
        }
        if (plain) {
            left++;
        } else {
            ix_mask_span *sp = g_new0(ix_mask_span, 1);
            sp->start = a;
            sp->end = b;
            sp->kind = IX_MASK_NAME;
            gunichar first = g_unichar_toupper(g_utf8_get_char(title + a));
            char initial[8] = {0};
            g_unichar_to_utf8(first, initial);
            sp->replacement = g_strconcat(initial, ".", NULL);
            g_ptr_array_add(*spans, sp);
            added++;
        }
        g_free(stem);
        g_free(fold);
    }
    if (seen != NULL)
        g_hash_table_destroy(seen);
    if (added > 0)
        *spans = merge_spans(*spans);
    *bare = left == 0;
    return added;
}

bool
ix_mask_document(const ix_masker *m, az_analyzer *az, zr_doc *doc, unsigned *replaced_out, GError **error)
{
    /* Rules that did not load would mask no name of mask.ini's lists: the
     * document fails, as a match that cannot finish fails it, whichever
     * run asked (zaalt index stops before, ix_masker_usable). */
    if (m->load_error != NULL) {
        g_set_error(error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE, "%s: the masking rules did not load",
                    m->load_error);
        return false;
    }
    /* title, path, the other fields shown with it (a heading's court line
     * or an element may hold a party), then each unit's label and text. */
    char **fields[] = {&doc->title, &doc->path, &doc->court, &doc->case_number, &doc->case_index};
    enum { NF = G_N_ELEMENTS(fields) };
    gsize n = NF + 2 * (gsize)doc->units->len;
    const char **texts = g_new0(const char *, n);
    for (gsize i = 0; i < NF; i++)
        texts[i] = *fields[i];
    /* A file's name joins its words with "_" where a text has spaces
     * (Bilguun_Ganbaatar_2024.pdf): read as words, so that the shapes of
     * names in a text find them; one byte for one, so the spans found fit
     * the path as it is. */
    char *path_words = doc->path ? g_strdelimit(g_strdup(doc->path), "_", ' ') : NULL;
    texts[1] = path_words;
    for (guint i = 0; i < doc->units->len; i++) {
        const zr_unit *u = doc->units->pdata[i];
        texts[NF + 2 * i] = u->label;
        texts[NF + 1 + 2 * i] = u->text;
    }
    GPtrArray *officials = g_ptr_array_new();
    for (guint i = 0; doc->judges && i < doc->judges->len; i++)
        g_ptr_array_add(officials, doc->judges->pdata[i]);
    if (doc->prosecutor)
        g_ptr_array_add(officials, doc->prosecutor);
    g_ptr_array_add(officials, NULL);
    GPtrArray **spans = g_new0(GPtrArray *, n);
    char **masked = ix_mask_texts_full(m, az, texts, n, (const char *const *)officials->pdata, 1, spans, error);
    if (masked == NULL) {
        /* The document as it was: the caller must not write it public. */
        g_free(path_words);
        g_free(spans);
        g_free(texts);
        g_ptr_array_free(officials, TRUE);
        return false;
    }
    /* The title, read again word by word against the public copy's texts
     * (the title's own excepted). */
    bool bare = false;
    if (doc->title != NULL && mask_title_words(m, az, doc->title, &spans[0], (const char *const *)masked + 1, n - 1,
                                               &bare) > 0) {
        g_free(masked[0]);
        masked[0] = apply_spans(doc->title, spans[0], false);
    }
    unsigned replaced = 0;
    for (gsize i = 0; i < n; i++)
        replaced += spans[i] ? spans[i]->len : 0;
    if (doc->path) {
        g_free(masked[1]);
        masked[1] = spans[1]->len ? apply_spans(doc->path, spans[1], true) : g_strdup(doc->path);
    }
    g_free(path_words);
    for (gsize i = 0; i < NF; i++) {
        if (*fields[i]) {
            g_free(*fields[i]);
            *fields[i] = masked[i];
            masked[i] = NULL;
        }
    }
    for (guint i = 0; i < doc->units->len; i++) {
        zr_unit *u = doc->units->pdata[i];
        if (u->label) {
            g_free(u->label);
            u->label = masked[NF + 2 * i];
            masked[NF + 2 * i] = NULL;
        }
        const GPtrArray *sp = spans[NF + 1 + 2 * i];
        for (guint k = 0; k < u->parts->len; k++) {
            zr_part *p = u->parts->pdata[k];
            p->start = moved_offset(sp, p->start, false);
            p->end = moved_offset(sp, p->end, true);
        }
        g_free(u->text);
        u->text = masked[NF + 1 + 2 * i];
        masked[NF + 1 + 2 * i] = NULL;
    }
    for (gsize i = 0; i < n; i++) {
        g_free(masked[i]);
        ix_mask_spans_free(spans[i]);
    }
    g_free(masked);
    g_free(spans);
    g_free(texts);
    g_ptr_array_free(officials, TRUE);
    if (bare)
        g_clear_pointer(&doc->title, g_free);
    g_free(doc->mask);
    doc->mask = g_strdup(ZS_MASK_MASKED);
    if (replaced_out)
        *replaced_out = replaced;
    return true;
}
