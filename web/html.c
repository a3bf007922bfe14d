/* html.c — the page builder (escaping, page frame, URLs) and the table of
 * interface strings in Mongolian and English.
 *
 * Not for: any page's content (routes_*.c).  Keep every string a user reads
 * in this file (the interface strings, then the fields' and their values'
 * labels) so a translator finds them all in one place.
 */
#include "web/html.h"

#include "core/schema.h"

#include <stdarg.h>
#include <string.h>

/* ---- interface strings ---- */

/* Indexed by zw_string; [0] Mongolian, [1] English.  Formats take the same
 * arguments in the same order in both languages. */
static const char *const zw_strings[ZW_S_COUNT_][2] = {
    [ZW_S_SITE_NAME] = {"Заалт", "Zaalt"},
    [ZW_S_TAGLINE] = {"Хүн худалдаалахтай тэмцэх эрх зүйн болон судалгааны баримтын хайлт",
                      "Search the counter-trafficking legal and research library"},
    [ZW_S_SEARCH_LABEL] = {"Хайх үг", "Search terms"},
    [ZW_S_SEARCH_BUTTON] = {"Хайх", "Search"},
    [ZW_S_SEARCH_HINT] = {"Эрүүгийн хуулийн зүйл заалт, шүүхийн шийдвэр, судалгааны тайлан, "
                          "журмаас монгол эсвэл англиар хайна. Хэллэгийг хашилтад бичнэ: "
                          "\"хүн худалдаалах\". Зүйлийн дугаараар: 13.1.",
                          "Search Criminal Code provisions, court decisions, research reports and "
                          "procedures in Mongolian or English. Put a phrase in quotes: "
                          "\"trafficking in persons\". Search a provision by its number: 13.1."},
    [ZW_S_SWITCH_LANG] = {"English", "Монгол"},
    [ZW_S_RESULTS_TITLE] = {"Хайлтын үр дүн", "Search results"},
    [ZW_S_RESULTS_COUNT_FMT] = {"%u баримт олдлоо (%.0f мс)", "%u documents (%.0f ms)"},
    [ZW_S_RESULTS_COUNT1_FMT] = {"%u баримт олдлоо (%.0f мс)", "%u document (%.0f ms)"},
    [ZW_S_NO_RESULTS] = {"Таны хайлтад тохирох баримт олдсонгүй.", "No documents match your search."},
    [ZW_S_NO_RESULTS_HINT] = {"Өөр үгээр, цөөн үгээр хайж үзнэ үү, эсвэл шүүлтүүрээ хасна уу.",
                              "Try other or fewer words, or remove a filter."},
    [ZW_S_MISSING_SHARDS] = {"Зарим мэдээллийн сан хариу өгсөнгүй; энэ үр дүнд тэдгээрийн баримт ороогүй:",
                             "Some databases did not answer; these results leave out their documents:"},
    [ZW_S_MORE_FMT] = {"Энэ баримтад өөр %u илэрц бий", "%u more matches in this document"},
    [ZW_S_IN_FORCE_FROM_FMT] = {"%s-аас хойш хүчинтэй (одоогийн эх)", "in force since %s (current text)"},
    [ZW_S_IN_FORCE_RANGE_FMT] = {"%s – %s хүчинтэй байсан", "in force %s to %s"},
    [ZW_S_OCR_FMT] = {"Текстийг автоматаар таньсан; алдаа байж болно (итгэл %d%%)",
                      "Text recognised automatically; may contain errors (confidence %d%%)"},
    [ZW_S_PAGE_FMT] = {"%d-р хуудас", "page %d"},
    [ZW_S_PART_FMT] = {"%d-р хэсэг", "part %d"},
    [ZW_S_WINDOW_FMT] = {"Баримт урт тул %u–%u-р хэсгийг харуулж байна (нийт %u).",
                         "A long document: parts %u to %u of %u are shown."},
    [ZW_S_WINDOW_EARLIER] = {"← Өмнөх хэсгүүд", "← Earlier parts"},
    [ZW_S_WINDOW_LATER] = {"Дараах хэсгүүд →", "Later parts →"},
    [ZW_S_PAGES_FMT] = {"%u-р хуудас / нийт %u", "Page %u of %u"},
    [ZW_S_PREV] = {"← Өмнөх", "← Previous"},
    [ZW_S_NEXT] = {"Дараах →", "Next →"},
    [ZW_S_REFINE] = {"Нарийвчлах", "Refine"},
    [ZW_S_ACTIVE_FILTERS] = {"Сонгосон шүүлтүүр", "Active filters"},
    [ZW_S_REMOVE_FILTER] = {"шүүлтүүрийг хасах", "remove filter"},
    [ZW_S_BAD_QUERY] = {"Хайлтын асуулгыг уншиж чадсангүй", "The search could not be read"},
    [ZW_S_NOT_FOUND] = {"Хуудас олдсонгүй", "Page not found"},
    [ZW_S_NOT_FOUND_DOC] = {"Ийм баримт олдсонгүй", "No such document"},
    [ZW_S_BAD_REQUEST] = {"Хүсэлт буруу байна", "Bad request"},
    [ZW_S_TOO_LONG] = {"Хүсэлт хэт урт байна", "The request is too long"},
    [ZW_S_UNAVAILABLE] = {"Хайлтын сан одоогоор ашиглах боломжгүй байна",
                          "The search index is not available right now"},
    [ZW_S_INTERNAL] = {"Дотоод алдаа гарлаа", "Something went wrong on the server"},
    [ZW_S_DOWNLOAD] = {"Эх файлыг татах", "Download original"},
    [ZW_S_MATCHES_HERE] = {"Энэ баримт дахь илэрц", "Matches in this document"},
    [ZW_S_NO_MATCHES_HERE] = {"Энэ баримтад хайсан үг олдсонгүй.", "The search words do not occur in this document."},
    [ZW_S_GO_TO_UNIT] = {"Нээсэн хэсэг рүү очих", "Go to the part you opened"},
    [ZW_S_DETAILS] = {"Баримтын мэдээлэл", "Document details"},
    [ZW_S_RESULTS_NAV] = {"Үр дүнгийн хуудаслалт", "Result pages"},
    [ZW_S_BACK_HOME] = {"Нүүр хуудас руу буцах", "Back to the start page"},
    [ZW_S_FOOTER] = {"Заалт — хүн худалдаалахтай тэмцэх эрх зүйн сангийн хайлт",
                     "Zaalt — counter-trafficking legal library search"},
    [ZW_S_F_CASE_NUMBER] = {"Хэргийн дугаар", "Case number"},
    [ZW_S_F_PATH] = {"Файл", "File"},
    [ZW_S_F_FORMAT] = {"Хэлбэр", "Format"},
    [ZW_S_SIGN_IN] = {"Нэвтрэх", "Sign in"},
    [ZW_S_SIGN_OUT] = {"Гарах", "Sign out"},
    [ZW_S_USER_NAME] = {"Хэрэглэгчийн нэр", "User name"},
    [ZW_S_PASSWORD] = {"Нууц үг", "Password"},
    [ZW_S_SIGN_IN_FAILED] = {"Хэрэглэгчийн нэр эсвэл нууц үг буруу байна.", "Wrong user name or password."},
    [ZW_S_SIGN_IN_THROTTLED] = {"Олон удаа буруу оролдсон тул түр хүлээнэ үү.",
                                "Too many failed attempts: wait a while and try again."},
    [ZW_S_SIGN_IN_NEEDS_TLS] = {"Нууц үг сүлжээгээр ил дамжих тул энд нэвтрэх боломжгүй: HTTPS хаягаар орно уу.",
                                "Signing in is not possible here, where a password would cross the network in "
                                "clear: use the HTTPS address."},
    [ZW_S_SIGNED_IN_AS] = {"Нэвтэрсэн:", "Signed in as"},
    [ZW_S_SAVED] = {"Хадгалсан хайлтууд", "Saved searches"},
    [ZW_S_SAVE_SEARCH] = {"Энэ хайлтыг хадгалах", "Save this search"},
    [ZW_S_SAVED_NAME] = {"Нэр", "Name"},
    [ZW_S_SAVED_NONE] = {"Хадгалсан хайлт алга: хайлтын үр дүнгийн хуудаснаас хадгална уу.",
                         "No saved searches yet: save one from a results page."},
    [ZW_S_SAVED_NEW_FMT] = {"сүүлд үзсэнээс хойш %u шинэ", "%u new since your last visit"},
    [ZW_S_SAVED_TOTAL_FMT] = {"нийт %u", "%u in all"},
    [ZW_S_SAVED_LAST_VISIT] = {"Сүүлд үзсэн:", "Last visit:"},
    [ZW_S_SAVED_FEED] = {"Хувийн мэдээний суваг (Atom)", "Private feed (Atom)"},
    [ZW_S_SAVED_FEED_NOTE] = {"Энэ холбоос таны эрхээр харах баримтуудыг харуулна: бусдад бүү өгөөрэй.",
                              "This link shows what you may see: keep it to yourself."},
    [ZW_S_SAVED_REVOKE] = {"Сувгийн холбоосыг солих (хуучин нь хүчингүй болно)",
                           "Replace the feed link (the old one stops working)"},
    [ZW_S_SAVED_DELETE] = {"Устгах", "Delete"},
    [ZW_S_SAVED_NEEDS_SESSION] = {"Хайлт хадгалахын тулд нэвтрэх хуудсаар нэвтэрнэ үү.",
                                  "Sign in on the sign-in page to save or change searches."},
    [ZW_S_MASKED_NOTE] = {"Олон нийтэд нээлттэй хувилбарт хүний нэр, регистр, утас, хаягийг нууцалсан.",
                          "In the public version, names, registration numbers, phone numbers and addresses are "
                          "masked."},
    [ZW_S_SKIP] = {"Үндсэн агуулга руу шилжих", "Skip to main content"},
    [ZW_S_HELP_SUMMARY] = {"Хайлтын бичлэгийн заавар", "How to write a search"},
    [ZW_S_HELP_WORDS] = {"бүх үгийг агуулсан хэсэг, үгийн аль ч хувилбараар (хүүхдийн, хүүхдүүд)",
                         "parts with every word, in any inflected form"},
    [ZW_S_HELP_PHRASE] = {"үгс дараалан орсон хэллэг", "the words next to each other"},
    [ZW_S_HELP_OR] = {"аль нэг үг", "either word"},
    [ZW_S_HELP_NOT] = {"эхний үгтэй боловч хоёр дахь үггүй", "the first word but not the second"},
    [ZW_S_HELP_FIELD] = {"талбараар: type (төрөл), lang (хэл), year (он), court (шүүх), "
                         "article (зүйл), outcome (шийдвэр), title (гарчиг)",
                         "by field: type, lang, year, court, article, outcome, title"},
    [ZW_S_HELP_PROVISION] = {"Эрүүгийн хуулийн заалт ба түүнийг хэрэглэсэн шийдвэр",
                             "a Criminal Code provision and the decisions applying it"},
    [ZW_S_HELP_RANGE] = {"онуудын хүрээ, огнооны хүрээ", "a range of years, a range of dates"},
    [ZW_S_HELP_NEAR] = {"хоёр үг нэг өгүүлбэрт бие биеэсээ 5 үгийн дотор, аль ч дарааллаар (NEAR дангаараа: 10)",
                        "both words within 5 words of each other in one sentence, either order (NEAR alone: 10)"},
    [ZW_S_HELP_SENTENCE] = {"нэг өгүүлбэрт; нэг хэсэгт (догол мөр, зүйлийн дугаартай хэсэг)",
                            "in one sentence; in one part (a paragraph, a numbered part of an article)"},
    [ZW_S_HELP_EXACT] = {"зөвхөн энэ бичлэгээр: өөр нөхцөл, ижил утгатай үг, латин бичлэггүй",
                         "this written form only: no other endings, synonyms or Latin reading"},
    [ZW_S_HELP_PREFIX] = {"ингэж эхэлсэн үг бүр (дор хаяж 3 үсэг)", "any word starting so (at least 3 letters)"},
    [ZW_S_EXPORT] = {"Татаж авах (эхний 1000 хүртэл):", "Take away (up to the first 1,000):"},
    [ZW_S_EXPORT_CSV] = {"хүснэгт (CSV)", "spreadsheet (CSV)"},
    [ZW_S_EXPORT_RIS] = {"ишлэлийн сан (RIS)", "citation manager (RIS)"},
    [ZW_S_FEED] = {"шинэ баримтын суваг (Atom)", "feed of new documents (Atom)"},
    [ZW_S_SIMILAR] = {"Төстэй баримтууд", "Similar documents"},
    [ZW_S_HELP_YOU_TYPE] = {"Бичих нь", "You type"},
    [ZW_S_HELP_IT_FINDS] = {"Олох нь", "It finds"},
    [ZW_S_LANG_NAV] = {"Хэл сонгох", "Interface language"},
    [ZW_S_SORT_LABEL] = {"Эрэмбэ", "Sort by"},
    [ZW_S_SORT_RELEVANCE] = {"Хамааралаар", "Relevance"},
    [ZW_S_SORT_NEWEST] = {"Шинэ нь эхэндээ", "Newest first"},
    [ZW_S_SORT_OLDEST] = {"Хуучин нь эхэндээ", "Oldest first"},
    [ZW_S_APPLY] = {"Хэрэглэх", "Apply"},
    [ZW_S_CLEAR_FILTERS] = {"Бүх шүүлтүүрийг хасах", "Clear all filters"},
    [ZW_S_DID_YOU_MEAN] = {"Та үүнийг хайсан уу:", "Did you mean:"},
    [ZW_S_SEARCHED_AS] = {"Дараах хайлтын үр дүн:", "Showing results for"},
    [ZW_S_SEARCH_AS_TYPED] = {"Бичсэнээр нь хайх:", "Search instead for"},
    [ZW_S_TRY_SCRIPT] = {"Өөр цагаан толгойгоор хайх:", "Try the other alphabet:"},
    [ZW_S_TRY_WITHOUT] = {"Шүүлтүүргүйгээр хайх:", "Search without a filter:"},
    [ZW_S_ERROR_HERE] = {"Алдаатай байрлал:", "Where the problem is:"},
    [ZW_S_UNTRANSLATED] = {"Бүх үгтэй баримт олдсонгүй; хуулийн үгэнд орчуулагдаагүй эдгээр англи үггүйгээр хайлаа:",
                           "No document has every word; searched without these English words, which Zaalt cannot "
                           "translate into the law's words:"},
    [ZW_S_PARTIAL_FMT] = {"Бүх үгийг агуулсан баримт алга: эдгээрт %u/%u үг нь байна.",
                          "No document has every word: these have %u of the %u."},
    [ZW_S_DROPPED] = {"Аль ч баримтад байхгүй тул эдгээр үггүйгээр хайлаа:",
                      "No document has these words, so they were left out:"},
    [ZW_S_RESULTS_NONE_COUNT_FMT] = {"Баримт олдсонгүй (%.0f мс)", "No documents (%.0f ms)"},
    [ZW_S_MATCH_COUNT_FMT] = {"Баримтад %u илэрц тодруулсан", "%u matches highlighted"},
    [ZW_S_FIRST_MATCH] = {"Эхний илэрц рүү очих", "Go to the first match"},
    [ZW_S_NEXT_MATCH] = {"Дараагийн илэрц", "Next match"},
    [ZW_S_NEXT_MATCH_FMT] = {"Дараагийн илэрц (%u)", "Next match (%u)"},
    [ZW_S_SEARCH_IN_DOC] = {"Энэ баримтаас хайх", "Search in this document"},
    [ZW_S_CITE] = {"Иш татах", "Cite"},
    [ZW_S_CITE_MN] = {"Монголоор", "In Mongolian"},
    [ZW_S_CITE_EN] = {"Англиар", "In English"},
    [ZW_S_COPY] = {"Хуулах", "Copy"},
    [ZW_S_COPIED] = {"Хуулсан", "Copied"},
    [ZW_S_CITES] = {"Иш татсан заалтууд", "Provisions it cites"},
    [ZW_S_CITES_REPEALED] = {"Мөн иш татсан, хүчингүй болсон", "Also cited, repealed since"},
    [ZW_S_ARTICLES_APPLIED] = {"Хэрэглэсэн зүйл, заалт", "Articles applied"},
    [ZW_S_CITES_OTHER] = {"Мөн иш татсан заалтууд", "Other provisions cited"},
    [ZW_S_CITES_DECISIONS] = {"Иш татсан буюу хянасан шийдвэрүүд", "Decisions it cites or reviews"},
    [ZW_S_NOT_IN_LIBRARY] = {"(санд байхгүй)", "(not in the library)"},
    [ZW_S_CITED_BY] = {"Үүнийг иш татсан шийдвэрүүд", "Decisions citing it"},
    [ZW_S_CITED_BY_NONE] = {"Үүнийг иш татсан шийдвэр сан дотор алга.", "No decision in the library cites it."},
    [ZW_S_SEE_ALL_FMT] = {"Бүгдийг (%u) хайлтаар харах", "See all %u in search"},
    [ZW_S_CONTENTS] = {"Агуулга", "Contents"},
    [ZW_S_PROVISION_FMT] = {"Эрүүгийн хуулийн %s%s зүйл", "Criminal Code, Article %s%s"},
    [ZW_S_PROVISION_TEXTS] = {"Хуулийн эх", "Text of the Code"},
    [ZW_S_PROVISION_NONE] = {"Ийм заалт сан дотор алга", "There is no such provision in the library"},
    [ZW_S_PARTS] = {"Хэсгүүд", "Parts"},
    [ZW_S_PART_NO_FMT] = {"%s дахь хэсэг", "part %s"},
    [ZW_S_VERSIONS] = {"Хувилбарууд", "Versions"},
    [ZW_S_OPEN_IN_DOC] = {"Баримтад нээх", "Open in the document"},
    [ZW_S_DECISIONS_FMT] = {"%u шийдвэр", "%u decisions"},
    [ZW_S_DECISIONS1_FMT] = {"%u шийдвэр", "%u decision"},
    [ZW_S_PARTS_REPEALED_FMT] = {"%s хэсэг", "part %s"},
    [ZW_S_PARTS_REPEALED_ON_FMT] = {"%s-нд хүчингүй болсон; зүйл нь хүчин төгөлдөр",
                                    "repealed on %s; the article is in force"},
    [ZW_S_PREDECESSOR_FMT] = {"2002 оны Эрүүгийн хуулийн %s%s зүйлийг хэрэглэсэн шийдвэрүүд",
                              "Decisions under Article %s%s of the 2002 Criminal Code"},
    [ZW_S_PREDECESSOR_NOTE] = {"Энэ зүйлийн өмнөх заалт (2017 оны 7 дугаар сарын 1 хүртэл хүчин төгөлдөр байсан хууль).",
                               "The article this one replaced, in the Code in force until 1 July 2017."},
    [ZW_S_PREDECESSOR_UNCERTAIN] = {"Хоёр зүйлийн харгалзааг баталгаажуулаагүй: хуульч нягталж байж хэрэглэнэ үү.",
                                    "That this article replaced it is not verified: a lawyer must confirm it before "
                                    "relying on it."},
    [ZW_S_REPEALED_BANNER_FMT] = {"%s-ны өдрийн хуулиар хүчингүй болсон: хүчин төгөлдөр хууль биш.",
                                  "Repealed on %s: this is not law in force."},
    [ZW_S_REPEALED_BADGE_FMT] = {"хүчингүй болсон (%s)", "repealed %s"},
    [ZW_S_PART_REPEALED_FMT] = {"%s-нд хүчингүй болсон", "repealed on %s"},
    [ZW_S_REPEALED_UNDATED_BANNER] = {"Хүчингүй болсон (текстэд огноо заагаагүй): хүчин төгөлдөр хууль биш.",
                                      "Repealed (the text gives no date): this is not law in force."},
    [ZW_S_PART_REPEALED_UNDATED] = {"хүчингүй болсон (огноо заагаагүй)", "repealed (no date given)"},
    [ZW_S_REPEALED_UNDATED_BADGE] = {"хүчингүй болсон (огноо заагаагүй)", "repealed (no date given)"},
    [ZW_S_PARTS_REPEALED_UNDATED] = {"хүчингүй болсон (огноо заагаагүй); зүйл нь хүчин төгөлдөр",
                                     "repealed (no date given); the article is in force"},
    [ZW_S_REPEALED_MATCH_FMT] = {"Хүчингүй болсон %u заалт мөн тохирч байна", "%u repealed provisions also match"},
    [ZW_S_REPEALED_MATCH1] = {"Хүчингүй болсон 1 заалт мөн тохирч байна", "1 repealed provision also matches"},
    [ZW_S_SHOW_THEM] = {"харуулах", "show them"},
    [ZW_S_CURRENCY_FMT] = {"%s хүртэлх нэмэлт, өөрчлөлтийг тусгасан (%u өөрчлөлт)",
                           "as amended up to %s (%u changes)"},
    [ZW_S_CURRENCY1_FMT] = {"%s хүртэлх нэмэлт, өөрчлөлтийг тусгасан (1 өөрчлөлт)", "as amended up to %s (1 change)"},
    [ZW_S_HISTORY] = {"Нэмэлт, өөрчлөлтийн түүх", "History"},
    [ZW_S_CHANGE_ADDED] = {"нэмсэн", "added"},
    [ZW_S_CHANGE_AMENDED] = {"нэмэлт, өөрчлөлт оруулсан", "amended"},
    [ZW_S_CHANGE_RESTATED] = {"өөрчлөн найруулсан", "restated"},
    [ZW_S_CHANGE_REPEALED] = {"хүчингүй болсон", "repealed"},
    [ZW_S_CHANGE_SUSPENDED] = {"үйлчлэлийг түдгэлзүүлсэн", "suspended"},
    [ZW_S_CHANGE_RENUMBERED] = {"дугаарыг өөрчилсөн", "renumbered"},
    [ZW_S_CHANGE_EXPIRED] = {"хугацаа нь дууссан", "expired"},
    [ZW_S_CHANGE_RESUMED] = {"үйлчлэл сэргэсэн", "in force again"},
    [ZW_S_PART_EXPIRED_FMT] = {"%s-нд хугацаа нь дууссан", "expired on %s"},
    [ZW_S_EXPIRED_BANNER_FMT] = {"%s-нд хугацаа нь дууссан: хүчин төгөлдөр хууль биш.",
                                 "Expired on %s (its time ran out): this is not law in force."},
    [ZW_S_EXPIRED_BADGE_FMT] = {"хугацаа нь дууссан (%s)", "expired %s"},
    [ZW_S_SUSPENDED_FMT] = {"%s хүртэл үйлчлэлийг түдгэлзүүлсэн", "suspended until %s"},
    [ZW_S_SUSPENDED] = {"үйлчлэлийг түдгэлзүүлсэн", "suspended"},
    [ZW_S_CHANGE_AHEAD] = {"(хүчин төгөлдөр болоогүй)", "(not yet in effect)"},
    [ZW_S_NOT_YET_BANNER_FMT] = {"Хүчин төгөлдөр болоогүй: %s-ны өдрөөс эхлэн дагаж мөрдөнө.",
                                 "Not yet in force: in force from %s."},
    [ZW_S_NOT_YET_ON_DAY_FMT] = {"%s-ны өдөр хүчин төгөлдөр болоогүй байсан (%s-ны өдрөөс дагаж мөрдөнө).",
                                 "Not yet in force on %s (in force from %s)."},
    [ZW_S_LAW_ON_DAY] = {"Тухайн өдрийн хууль", "Law on a day"},
    [ZW_S_LAW_ON_DAY_FMT] = {"%s-ны өдрийн байдлаарх хууль", "The law as it stood on %s"},
    [ZW_S_LAW_TODAY] = {"Өнөөдрийн хууль", "Today's law"},
    [ZW_S_SHOW] = {"Харах", "Show"},
    [ZW_S_DROPPED_NONE] = {"Эдгээр үгийн аль нь ч ямар ч баримтад байхгүй:", "No document has any of these words:"},
    [ZW_S_UNTRANSLATED_NONE] = {"Баримт олдсонгүй; эдгээр англи үгийг хуулийн үгэнд орчуулж чадсангүй:",
                                "No document found; Zaalt cannot translate these English words into the law's words:"},
    [ZW_S_DOWNLOAD_MASKED] = {"Текстийг татах (хувийн мэдээллийг нууцалсан)", "Download text (personal data masked)"},
    [ZW_S_PDF_PAGE_FMT] = {"PDF-ийг %d-р хуудсаар нээх", "Open the PDF at page %d"},
    [ZW_S_CITE_EN_MN_NAMES] = {"Англиар (нэр нь эх сурвалжийн монгол бичгээр)",
                              "In English (names in Mongolian, as the source writes them)"},
    [ZW_S_Q_CUT_FMT] = {"Хайлтын талбарт түүнийг үгийн заагаар %d тэмдэгт хүртэл богиносгож үлдээлээ: засаад дахин хайна уу.",
                        "The search box holds it cut at a word to %d characters: edit it and search again."},
    [ZW_S_URL_TOO_LONG] = {"Хаяг хэт урт байна (2048 байтаас их): шүүлтүүрийг нь уншаагүй.",
                           "The address is too long (over 2,048 bytes): its filters were not read."},
    [ZW_S_NOT_YET_BADGE_FMT] = {"хүчин төгөлдөр болоогүй: %s-ноос", "not yet in force: from %s"},
    [ZW_S_REPEAL_DUE_BANNER_FMT] = {"%s-ны өдрөөс хүчингүй болно: тэр хүртэл хүчин төгөлдөр.",
                                    "Will be repealed on %s: in force until then."},
    [ZW_S_REPEAL_DUE_BADGE_FMT] = {"%s-нд хүчингүй болно", "will be repealed on %s"},
    [ZW_S_REPEALED_BY] = {"Хүчингүй болгосон:", "Repealed by:"},
    [ZW_S_REPEAL_DUE_BY] = {"Хүчингүй болгох:", "To be repealed by:"},
    [ZW_S_REPEALER_FMT] = {"%s-нд баталсан", "adopted %s"},
    [ZW_S_UNTIL_EXCLUSIVE] = {"«хүртэл» гэснийг тэр өдрийг оруулахгүйгээр уншсан: сүүлийн өдөр нь өмнөх өдөр",
                              "read from “until” (хүртэл) as not including that day: the last day is the day before"},
    [ZW_S_ONLY_REPEALED] = {"Зөвхөн хүчингүй болсон хуульд байгаа тул эдгээр үггүйгээр хайлаа (status:any-ээр харна):",
                            "Only in repealed law, so searched without (status:any shows it):"},
    [ZW_S_EXPIRE_DUE_BADGE_FMT] = {"%s-нд хугацаа нь дуусна", "will expire on %s"},
    [ZW_S_PARTS_EXPIRED_ON_FMT] = {"%s-нд хугацаа нь дууссан; зүйл нь хүчин төгөлдөр",
                                   "expired on %s; the article is in force"},
    [ZW_S_MATCH_NOT_YET] = {"хайсан үг зөвхөн хүчин төгөлдөр болоогүй хэсэгт байна",
                            "the words asked for are only in what is not yet in force"},
    [ZW_S_SAME_DAY] = {"энэ өдрийн бусад өөрчлөлт", "that day's other changes"},
    [ZW_S_TODAY_WORDING] = {"Эх сурвалжид зөвхөн одоогийн найруулга бий; өмнөх найруулга байхгүй.",
                            "The source holds only today's wording; earlier wordings are not in it."},
    [ZW_S_OLDER_WORDING_FMT] = {"%s-нд хүчинтэй байсан найруулга эх сурвалжид байхгүй: энэ нь %s-ны өөрчлөлтийн дараах "
                                "найруулга.",
                                "The wording in force on %s is not in the source: this is the text as amended on %s."},
    [ZW_S_UNOFFICIAL_EN] = {"албан бус орчуулга", "unofficial translation"},
    [ZW_S_YEAR_BAR_FMT] = {"%s он: %u баримт", "%s: %u documents"},
    [ZW_S_YEAR_BAR1_FMT] = {"%s он: %u баримт", "%s: %u document"},
};

const char *
zw_str(zw_ui ui, zw_string key)
{
    if ((unsigned)key >= ZW_S_COUNT_)
        return "";
    return zw_strings[key][ui == ZW_UI_EN ? 1 : 0];
}

/* ---- fields ---- */

/* Field labels, keyed by the label id of the field table (core/schema.h),
 * in both languages ([0] Mongolian, [1] English): the field's name and,
 * for a field with ranges, its form's heading and boxes.  A field the
 * table gains needs one row here to be named in both languages. */
static const struct {
    const char *id;
    const char *name[2];
    const char *range[2], *from[2], *to[2];
} zw_field_labels[] = {
    {.id = "type", .name = {"Төрөл", "Type"}},
    {.id = "lang", .name = {"Хэл", "Language"}},
    {.id = "year",
     .name = {"Он", "Year"},
     .range = {"Онуудын хүрээ", "Range of years"},
     .from = {"Оноос", "From year"},
     .to = {"Он хүртэл", "To year"}},
    {.id = "court", .name = {"Шүүх", "Court"}},
    {.id = "article", .name = {"Зүйл заалт", "Articles"}},
    {.id = "outcome", .name = {"Шийдвэр", "Outcome"}},
    {.id = "source", .name = {"Эх сурвалж", "Source"}},
    {.id = "court_level", .name = {"Шүүхийн шат", "Court level"}},
    {.id = "date",
     .name = {"Огноо", "Date"},
     .range = {"Огнооны хүрээ", "Range of dates"},
     .from = {"Огнооноос", "From date"},
     .to = {"Огноо хүртэл", "To date"}},
    {.id = "access", .name = {"Хандалт", "Access"}},
    {.id = "status", .name = {"Хүчин төгөлдөр эсэх", "Status"}},
    {.id = "amended", .name = {"Өөрчлөлт орсон огноо", "Amended"}},
};

/* Labels of the values of fields whose values are codes, keyed by the
 * field's label id. */
static const struct {
    const char *id, *value;
    const char *text[2];
} zw_value_labels[] = {
    {"type", "code", {"Хууль", "Code"}},
    {"type", "decision", {"Шүүхийн шийдвэр", "Court decision"}},
    {"type", "research", {"Судалгаа", "Research"}},
    {"type", "sop", {"Ажиллах журам", "Procedure (SOP)"}},
    {"type", "other", {"Бусад", "Other"}},
    {"lang", "mn", {"Монгол", "Mongolian"}},
    {"lang", "en", {"Англи", "English"}},
    {"outcome", "conviction", {"Гэм буруутайд тооцсон", "Conviction"}},
    {"outcome", "acquittal", {"Цагаатгасан", "Acquittal"}},
    {"outcome", "returned", {"Хэргийг буцаасан", "Case returned"}},
    {"outcome", "sentence-changed", {"Ялыг өөрчилсөн", "Sentence changed"}},
    {"outcome", "upheld", {"Хэвээр үлдээсэн", "Upheld"}},
    {"court_level", "first-instance", {"Анхан шат", "First instance"}},
    {"court_level", "appeal", {"Давж заалдах шат", "Appeal"}},
    {"court_level", "supreme", {"Улсын дээд шүүх", "Supreme Court"}},
    {"access", "public", {"Нээлттэй", "Public"}},
    {"access", "restricted", {"Хязгаарлагдмал", "Restricted"}},
    {"access", "sealed", {"Битүүмжилсэн", "Sealed"}},
    {"status", "in_force", {"Хүчин төгөлдөр", "In force"}},
    {"status", "repealed", {"Хүчингүй болсон", "Repealed"}},
    {"status", "any", {"Бүгд", "Any"}},
};

/* The label id of field `field`, or NULL. */
static const char *
zw_label_id(const char *field)
{
    const zs_field *f = field ? zs_field_lookup(field) : NULL;
    return f ? f->label : NULL;
}

static int
zw_field_label_index(const char *field)
{
    const char *id = zw_label_id(field);
    for (gsize i = 0; id && i < G_N_ELEMENTS(zw_field_labels); i++)
        if (strcmp(zw_field_labels[i].id, id) == 0)
            return (int)i;
    return -1;
}

const char *
zw_field_name(zw_ui ui, const char *field)
{
    int i = zw_field_label_index(field);
    return i >= 0 ? zw_field_labels[i].name[ui == ZW_UI_EN] : field;
}

const char *
zw_field_range_text(zw_ui ui, const char *field, zw_range_text which)
{
    int i = zw_field_label_index(field);
    const char *const *text = i < 0                       ? NULL
                              : which == ZW_RANGE_HEADING ? zw_field_labels[i].range
                              : which == ZW_RANGE_FROM    ? zw_field_labels[i].from
                                                          : zw_field_labels[i].to;
    return text && text[ui == ZW_UI_EN] ? text[ui == ZW_UI_EN] : zw_field_name(ui, field);
}

const char *
zw_field_value(zw_ui ui, const char *field, const char *value)
{
    const char *id = zw_label_id(field);
    for (gsize i = 0; id && value && i < G_N_ELEMENTS(zw_value_labels); i++)
        if (strcmp(zw_value_labels[i].id, id) == 0 && strcmp(zw_value_labels[i].value, value) == 0)
            return zw_value_labels[i].text[ui == ZW_UI_EN];
    return value;
}

/* ---- query errors ---- */

/* The search library words its errors in English (the CLI and the JSON
 * carry them as they are); a Mongolian page shows them in Mongolian.  Each
 * pattern matches one message of the query parser or the filter builder
 * (search/query.c, fields.c, filter.c), with its variable parts as groups. */
static const struct {
    const char *pattern, *mn;
} zw_error_mn[] = {
    {"^the phrase that starts here has no closing quote", "энд эхэлсэн хэллэгийн хашилт хаагдаагүй байна"},
    {"^'(.*):' has no value after the colon", "«\\1:» гэсний дараа утга бичээгүй байна"},
    {"^empty parentheses", "хаалтын дотор юу ч алга"},
    {"^this '\\(' is never closed", "энэ «(» хаалт хаагдаагүй байна"},
    {"^'\\)' without a matching '\\('", "«)» хаалтад тохирох «(» алга"},
    {"^(AND|OR) needs a word or phrase before it", "\\1 үйлдлийн өмнө үг эсвэл хэллэг бичнэ үү"},
    {"^(AND|OR) needs a word or phrase after it", "\\1 үйлдлийн дараа үг эсвэл хэллэг бичнэ үү"},
    {"^the query ends where a word or phrase was expected", "үг эсвэл хэллэг бичих байсан газар хайлт дууслаа"},
    {"^unexpected operator", "энд үйлдэл байж болохгүй"},
    {"^(NOT|'-') has nothing after it to exclude", "\\1 үйлдлийн дараа хасах үг алга"},
    {"^unknown field '(.*)' \\(fields: (.*)\\)", "«\\1» гэсэн талбар байхгүй (талбарууд: \\2)"},
    {"^unexpected text", "илүүдэл бичвэр"},
    {"^nothing to search for: the query has no word, number or field value \\(leave it empty to list every "
     "document\\)",
     "хайх зүйл алга: хайлтад үг, тоо эсвэл талбарын утга байхгүй байна (бүх баримтыг жагсаахын тулд хоосон "
     "үлдээнэ үү)"},
    {"^year must be four digits or a range like 2020\\.\\.2024, not '(.*)'",
     "он дөрвөн оронтой тоо, эсвэл 2020..2024 шиг хүрээ байна, «\\1» биш"},
    {"^unknown filter field in '(.*)' \\(fields: (.*)\\)", "«\\1» шүүлтүүрийн талбар танигдсангүй (талбарууд: \\2)"},
    {"^brackets and NOT or '-' nest deeper than ([0-9]+) here",
     "хаалт болон NOT, «-» үйлдлүүд \\1 давхраас гүн орсон байна"},
    {"^'-' needs a word right after it \\(-word: without that word\\)", "«-» тэмдгийн дараа хасах үг бичнэ үү"},
    {"^(.*) is in_force, repealed or any, not '(.*)'", "«\\1» талбарын утга «in_force», «repealed» эсвэл «any» байна, «\\2» биш"},
    {"^'(.*)': a field's value is whole, '\\*' \\(any ending\\) is for words and title:",
     "«\\1»: талбарын утгыг бүтнээр нь бичнэ, «*» нь зөвхөн үг болон «title:» талбарт"},
    {"^'(.*)' is no (day|year) of the calendar \\((.*)\\)", "«\\1» гэсэн огноо хуанлид байхгүй («\\3»)"},
    {"^the query is longer than ([0-9]+) characters, the most a query may be",
     "хайлт хэт урт байна: \\1 тэмдэгтээс ихгүй байх ёстой"},
};

char *
zw_error_message(zw_ui ui, const char *message)
{
    if (message == NULL)
        return g_strdup("");
    if (ui != ZW_UI_MN)
        return g_strdup(message);
    /* The place, "(at character 7)", ends a syntax error. */
    GString *out = NULL;
    const char *at = strstr(message, " (at character ");
    char *body = at != NULL ? g_strndup(message, at - message) : g_strdup(message);
    /* Compiled once, shared by the server's threads (GRegex is thread-safe). */
    static GRegex *patterns[G_N_ELEMENTS(zw_error_mn)];
    static gsize compiled = 0;
    if (g_once_init_enter(&compiled)) {
        for (gsize i = 0; i < G_N_ELEMENTS(zw_error_mn); i++)
            patterns[i] = g_regex_new(zw_error_mn[i].pattern, G_REGEX_ANCHORED, 0, NULL);
        g_once_init_leave(&compiled, 1);
    }
    for (gsize i = 0; out == NULL && i < G_N_ELEMENTS(zw_error_mn); i++) {
        GRegex *re = patterns[i];
        GMatchInfo *mi = NULL;
        if (re != NULL && g_regex_match(re, body, 0, &mi) && g_match_info_get_match_count(mi) > 0) {
            gint end = 0;
            g_match_info_fetch_pos(mi, 0, NULL, &end);
            if (body[end] == '\0') {
                char *mn = g_match_info_expand_references(mi, zw_error_mn[i].mn, NULL);
                out = g_string_new(mn);
                g_free(mn);
            }
        }
        g_match_info_free(mi);
    }
    if (out == NULL) {
        g_free(body);
        return g_strdup(message);
    }
    if (at != NULL) {
        guint64 n = g_ascii_strtoull(at + strlen(" (at character "), NULL, 10);
        g_string_append_printf(out, " (%" G_GUINT64_FORMAT " дэх тэмдэгт)", n);
    }
    g_free(body);
    return g_string_free(out, FALSE);
}

/* ---- builder ---- */

zw_html *
zw_html_new(zw_ui ui)
{
    zw_html *html = g_new0(zw_html, 1);
    html->out = g_string_sized_new(8192);
    html->ui = ui;
    return html;
}

GBytes *
zw_html_finish(zw_html *html)
{
    GBytes *bytes = g_string_free_to_bytes(html->out);
    g_free(html);
    return bytes;
}

void
zw_html_text(zw_html *html, const char *text)
{
    if (text == NULL)
        return;
    /* Request data may be any bytes; g_markup_escape_text wants UTF-8, and a
     * page must not carry invalid sequences a browser could reinterpret. */
    char *valid = g_utf8_validate(text, -1, NULL) ? NULL : g_utf8_make_valid(text, -1);
    char *escaped = g_markup_escape_text(valid ? valid : text, -1);
    g_string_append(html->out, escaped);
    g_free(escaped);
    g_free(valid);
}

void
zw_html_textf(zw_html *html, const char *format, ...)
{
    va_list ap;
    va_start(ap, format);
    char *text = g_strdup_vprintf(format, ap);
    va_end(ap);
    zw_html_text(html, text);
    g_free(text);
}

void
zw_html_raw_literal_(zw_html *html, const char *literal)
{
    g_string_append(html->out, literal);
}

void
zw_html_snippet(zw_html *html, const zs_hit *hit)
{
    /* The search library's contract (search.h): the snippet is escaped text
     * with <mark> tags.  This is the only place markup from outside this
     * file reaches a page. */
    if (hit->snippet != NULL)
        g_string_append(html->out, hit->snippet);
}

void
zw_html_passage(zw_html *html, const zs_hit *hit, guint i)
{
    /* The snippet's contract (search.h) holds for every passage. */
    if (hit->passages != NULL && i < hit->passages->len)
        g_string_append(html->out, (const char *)hit->passages->pdata[i]);
}

void
zw_html_marked(zw_html *html, const char *marked, unsigned *counter)
{
    /* The input is the search library's escaped text with bare <mark> tags
     * (snippet.h): the only markup in it.  Each opening tag gets an id and
     * each closing tag a link onward; nothing else is inserted. */
    if (marked == NULL)
        return;
    zw_ui ui = html->ui;
    const char *p = marked;
    for (;;) {
        const char *open = strstr(p, "<mark>");
        if (open == NULL)
            break;
        const char *close = strstr(open, "</mark>");
        if (close == NULL)
            break;
        g_string_append_len(html->out, p, open - p);
        unsigned n = ++*counter;
        /* tabindex: the viewer's n and p move the focus to it (zaalt.js). */
        g_string_append_printf(html->out, "<mark id=\"m-%u\" tabindex=\"-1\">", n);
        g_string_append_len(html->out, open + 6, close - (open + 6));
        g_string_append_printf(html->out, "</mark><a class=\"nm\" href=\"#m-%u\" title=\"", n + 1);
        zw_html_text(html, zw_str(ui, ZW_S_NEXT_MATCH));
        zw_html_raw(html, "\"><span class=\"visually-hidden\">");
        zw_html_textf(html, zw_str(ui, ZW_S_NEXT_MATCH_FMT), n + 1);
        zw_html_raw(html, "</span><span aria-hidden=\"true\">›</span></a>");
        p = close + 7;
    }
    g_string_append(html->out, p);
}

void
zw_html_append(zw_html *html, zw_html *part, unsigned total_marks)
{
    if (total_marks > 0) {
        char *last = g_strdup_printf("href=\"#m-%u\"", total_marks + 1);
        char *found = g_strrstr(part->out->str, last);
        if (found != NULL) {
            gssize at = found - part->out->str;
            g_string_erase(part->out, at, (gssize)strlen(last));
            g_string_insert(part->out, at, "href=\"#m-1\"");
        }
        g_free(last);
    }
    g_string_append_len(html->out, part->out->str, (gssize)part->out->len);
    g_string_free(part->out, TRUE);
    g_free(part);
}

void
zw_html_link(zw_html *html, const char *href, const char *text)
{
    zw_html_raw(html, "<a href=\"");
    zw_html_text(html, href);
    zw_html_raw(html, "\">");
    zw_html_text(html, text);
    zw_html_raw(html, "</a>");
}

/* The query-language help, one click away on every page (a <details>, so it
 * opens without script).  Examples are the same in both languages. */
static void
zw_syntax_help(zw_html *html)
{
    static const struct {
        const char *example;
        zw_string meaning;
    } rows[] = {
        {"хүүхэд шүүх", ZW_S_HELP_WORDS},
        {"\"хүн худалдаалах\"", ZW_S_HELP_PHRASE},
        {"хүүхэд OR охин", ZW_S_HELP_OR},
        {"хүүхэд NOT охин  ·  хүүхэд -охин", ZW_S_HELP_NOT},
        {"type:decision  lang:en  court:…  title:хууль", ZW_S_HELP_FIELD},
        {"13.1  ·  article:13.1.2", ZW_S_HELP_PROVISION},
        {"year:2020..2024  ·  date:2021-01-01..2023-12-31", ZW_S_HELP_RANGE},
        {"хүүхэд NEAR/5 мөлжлөг", ZW_S_HELP_NEAR},
        {"хохирогч /s шүүгдэгч  ·  хохирогч /p нөхөн", ZW_S_HELP_SENTENCE},
        {"=хүүхдийн", ZW_S_HELP_EXACT},
        {"хүүх*  ·  title:хууль*", ZW_S_HELP_PREFIX},
    };
    zw_ui ui = html->ui;
    zw_html_raw(html, "<details class=\"syntax\"><summary>");
    zw_html_text(html, zw_str(ui, ZW_S_HELP_SUMMARY));
    zw_html_raw(html, "</summary>\n<table>\n<thead><tr><th scope=\"col\">");
    zw_html_text(html, zw_str(ui, ZW_S_HELP_YOU_TYPE));
    zw_html_raw(html, "</th><th scope=\"col\">");
    zw_html_text(html, zw_str(ui, ZW_S_HELP_IT_FINDS));
    zw_html_raw(html, "</th></tr></thead>\n<tbody>\n");
    for (gsize i = 0; i < G_N_ELEMENTS(rows); i++) {
        zw_html_raw(html, "<tr><td><code>");
        zw_html_text(html, rows[i].example);
        zw_html_raw(html, "</code></td><td>");
        zw_html_text(html, zw_str(ui, rows[i].meaning));
        zw_html_raw(html, "</td></tr>\n");
    }
    zw_html_raw(html, "</tbody>\n</table>\n</details>\n");
}

void
zw_html_begin(zw_html *html, const char *title, const char *query, const GPtrArray *hidden_filters,
              const char *switch_href)
{
    zw_ui ui = html->ui;
    if (ui == ZW_UI_EN)
        zw_html_raw(html, "<!DOCTYPE html>\n<html lang=\"en\">\n");
    else
        zw_html_raw(html, "<!DOCTYPE html>\n<html lang=\"mn\">\n");
    zw_html_raw(html, "<head>\n<meta charset=\"utf-8\">\n"
                      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                      "<meta name=\"referrer\" content=\"same-origin\">\n<title>");
    if (title != NULL) {
        zw_html_text(html, title);
        zw_html_raw(html, " — ");
    }
    zw_html_text(html, zw_str(ui, ZW_S_SITE_NAME));
    /* Versioned asset URLs: the browser may keep them for a year, and a new
     * build changes the URL. */
    char *css_v = zw_static_version("zaalt.css");
    char *js_v = zw_static_version("zaalt.js");
    zw_html_raw(html, "</title>\n<link rel=\"stylesheet\" href=\"/static/zaalt.css?v=");
    zw_html_text(html, css_v);
    zw_html_raw(html, "\">\n<script src=\"/static/zaalt.js?v=");
    zw_html_text(html, js_v);
    zw_html_raw(html, "\" defer></script>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">");
    g_free(css_v);
    g_free(js_v);
    zw_html_text(html, zw_str(ui, ZW_S_SKIP));
    zw_html_raw(html, "</a>\n<header class=\"top\">\n<a class=\"brand\" href=\"/\">");
    zw_html_text(html, zw_str(ui, ZW_S_SITE_NAME));
    zw_html_raw(html, "</a>\n<form class=\"search\" action=\"/search\" method=\"get\" role=\"search\">\n"
                      "<label for=\"q\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_LABEL));
    zw_html_raw(html, "</label>\n<span class=\"box\"><input id=\"q\" name=\"q\" type=\"search\" "
                      "maxlength=\"" G_STRINGIFY(ZS_MAX_QUERY_CHARS) "\" autocomplete=\"off\" list=\"q-suggest\" ");
    /* The start page (the one page without a title of its own) is there
     * to search: its box takes the keys at once. */
    if (title == NULL)
        zw_html_raw(html, "autofocus ");
    zw_html_raw(html, "value=\"");
    zw_html_text(html, query);
    zw_html_raw(html, "\"><datalist id=\"q-suggest\"></datalist> <button type=\"submit\">");
    zw_html_text(html, zw_str(ui, ZW_S_SEARCH_BUTTON));
    zw_html_raw(html, "</button></span>\n");
    /* Active filters ride along so that changing the words keeps the
     * refinement; each is a "field\0value" pair flattened as two strings. */
    if (hidden_filters != NULL) {
        for (guint i = 0; i + 1 < hidden_filters->len; i += 2) {
            zw_html_raw(html, "<input type=\"hidden\" name=\"");
            zw_html_text(html, g_ptr_array_index(hidden_filters, i));
            zw_html_raw(html, "\" value=\"");
            zw_html_text(html, g_ptr_array_index(hidden_filters, i + 1));
            zw_html_raw(html, "\">\n");
        }
    }
    zw_syntax_help(html);
    zw_html_raw(html, "</form>\n<nav class=\"ui\" aria-label=\"");
    zw_html_text(html, zw_str(ui, ZW_S_LANG_NAV));
    zw_html_raw(html, "\"><a id=\"ui-switch\" href=\"");
    zw_html_text(html, switch_href);
    if (ui == ZW_UI_EN)
        zw_html_raw(html, "\" lang=\"mn\" hreflang=\"mn\">");
    else
        zw_html_raw(html, "\" lang=\"en\" hreflang=\"en\">");
    zw_html_text(html, zw_str(ui, ZW_S_SWITCH_LANG));
    zw_html_raw(html, "</a></nav>\n</header>\n<main id=\"main\" tabindex=\"-1\">\n");
}

void
zw_html_end(zw_html *html)
{
    zw_html_raw(html, "</main>\n<footer>");
    zw_html_text(html, zw_str(html->ui, ZW_S_FOOTER));
    zw_html_raw(html, "</footer>\n</body>\n</html>\n");
}

/* ---- URLs ---- */

void
zw_url_add(GString *url, const char *key, const char *value)
{
    g_string_append_c(url, strchr(url->str, '?') ? '&' : '?');
    g_string_append_uri_escaped(url, key, NULL, FALSE);
    g_string_append_c(url, '=');
    g_string_append_uri_escaped(url, value ? value : "", NULL, FALSE);
}

char *
zw_switch_url(const zw_request *req)
{
    GString *url = g_string_new(NULL);
    g_string_append_uri_escaped(url, req->path, "/", FALSE);
    for (guint i = 0; i < req->params->len; i++) {
        const zw_param *p = g_ptr_array_index(req->params, i);
        if (strcmp(p->key, "ui") != 0)
            zw_url_add(url, p->key, p->value);
    }
    zw_url_add(url, "ui", req->ui == ZW_UI_EN ? "mn" : "en");
    return g_string_free(url, FALSE);
}

zw_html *
zw_page_begin(const zw_request *req, const char *title, const char *query, const GPtrArray *hidden_filters)
{
    zw_html *html = zw_html_new(req->ui);
    char *switch_href = zw_switch_url(req);
    zw_html_begin(html, title, query, hidden_filters, switch_href);
    g_free(switch_href);
    /* Who is reading, and the way in or out. */
    if (req->user) {
        zw_html_raw(html, "<form class=\"session\" method=\"post\" action=\"/logout\"><span id=\"signed-in\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_SIGNED_IN_AS));
        zw_html_raw(html, " ");
        zw_html_text(html, req->user);
        zw_html_raw(html, "</span> ");
        zw_html_link(html, "/saved", zw_str(html->ui, ZW_S_SAVED));
        zw_html_raw(html, " <button type=\"submit\" id=\"signout\">");
        zw_html_text(html, zw_str(html->ui, ZW_S_SIGN_OUT));
        zw_html_raw(html, "</button></form>\n");
    } else if (req->signin_here && strcmp(req->path, "/login") != 0) {
        zw_html_raw(html, "<p class=\"session\">");
        zw_html_link(html, "/login", zw_str(html->ui, ZW_S_SIGN_IN));
        zw_html_raw(html, "</p>\n");
    }
    return html;
}

/* ---- dates ---- */

static const char *const zw_months_en[] = {"January", "February", "March",     "April",   "May",      "June",
                                           "July",    "August",   "September", "October", "November", "December"};

/* Parses YYYY, YYYY-MM or YYYY-MM-DD exactly (record.h's date forms);
 * returns how many of year, month, day it holds, 0 for anything else. */
static int
zw_date_parts(const char *date, unsigned *y, unsigned *m, unsigned *d)
{
    static const int digits[] = {0, 1, 2, 3, 5, 6, 8, 9};
    size_t n = date ? strlen(date) : 0;
    if (n != 4 && n != 7 && n != 10)
        return 0;
    for (gsize i = 0; i < G_N_ELEMENTS(digits) && (size_t)digits[i] < n; i++)
        if (!g_ascii_isdigit(date[digits[i]]))
            return 0;
    if ((n > 4 && date[4] != '-') || (n > 7 && date[7] != '-'))
        return 0;
    *y = (unsigned)g_ascii_strtoull(date, NULL, 10);
    *m = n > 4 ? (unsigned)g_ascii_strtoull(date + 5, NULL, 10) : 0;
    *d = n > 7 ? (unsigned)g_ascii_strtoull(date + 8, NULL, 10) : 0;
    if ((n > 4 && (*m < 1 || *m > 12)) || (n > 7 && (*d < 1 || *d > 31)))
        return 0;
    return n == 4 ? 1 : n == 7 ? 2 : 3;
}

char *
zw_date_words(zw_ui ui, const char *date)
{
    unsigned y, m, d;
    int parts = zw_date_parts(date, &y, &m, &d);
    bool en = ui == ZW_UI_EN;
    switch (parts) {
        case 1:
            return en ? g_strdup_printf("%u", y) : g_strdup_printf("%u он", y);
        case 2:
            return en ? g_strdup_printf("%s %u", zw_months_en[m - 1], y) : g_strdup_printf("%u оны %u сар", y, m);
        case 3:
            return en ? g_strdup_printf("%u %s %u", d, zw_months_en[m - 1], y)
                      : g_strdup_printf("%u оны %u сарын %u", y, m, d);
        default:
            return NULL;
    }
}

void
zw_html_time(zw_html *html, const char *date)
{
    char *words = zw_date_words(html->ui, date);
    if (words == NULL) {
        zw_html_text(html, date);
        return;
    }
    zw_html_raw(html, "<time datetime=\"");
    zw_html_text(html, date);
    zw_html_raw(html, "\">");
    zw_html_text(html, words);
    zw_html_raw(html, "</time>");
    g_free(words);
}

void
zw_html_date(zw_html *html, const char *date)
{
    if (date == NULL)
        return;
    zw_html_raw(html, "<span>");
    zw_html_time(html, date);
    zw_html_raw(html, "</span>");
}

void
zw_html_timef(zw_html *html, const char *format, const char *first, const char *second)
{
    const char *dates[] = {first, second};
    unsigned next = 0;
    GString *text = g_string_new(NULL);
    for (const char *p = format; *p; p++) {
        if (p[0] == '%' && p[1] == '%') {
            g_string_append_c(text, '%');
            p++;
        } else if (p[0] == '%' && p[1] == 's') {
            zw_html_text(html, text->str);
            g_string_truncate(text, 0);
            if (next < G_N_ELEMENTS(dates))
                zw_html_time(html, dates[next++]);
            p++;
        } else {
            g_string_append_c(text, *p);
        }
    }
    zw_html_text(html, text->str);
    g_string_free(text, TRUE);
}

void
zw_html_label_en(zw_html *html, const char *label_en)
{
    if (html->ui != ZW_UI_EN || label_en == NULL || *label_en == '\0')
        return;
    zw_html_raw(html, " <span class=\"label-en\" lang=\"en\">");
    zw_html_text(html, label_en);
    zw_html_raw(html, " <small class=\"unofficial\">(");
    zw_html_text(html, zw_str(html->ui, ZW_S_UNOFFICIAL_EN));
    zw_html_raw(html, ")</small></span>");
}

void
zw_html_see_all_decisions(zw_html *html, const char *field, const char *value, unsigned total)
{
    GString *href = g_string_new("/search");
    zw_url_add(href, "type", "decision");
    zw_url_add(href, field, value);
    char *text = g_strdup_printf(zw_str(html->ui, ZW_S_SEE_ALL_FMT), total);
    zw_html_raw(html, "<p>");
    zw_html_link(html, href->str, text);
    zw_html_raw(html, "</p>\n");
    g_free(text);
    g_string_free(href, TRUE);
}

void
zw_html_decision_item(zw_html *html, const zs_hit *hit)
{
    GString *href = g_string_new("/doc/");
    g_string_append_uri_escaped(href, hit->doc ? hit->doc : "", NULL, FALSE);
    zw_html_raw(html, "<li>");
    zw_html_link(html, href->str, hit->title && hit->title[0] ? hit->title : hit->path);
    zw_html_raw(html, " <span class=\"meta\">");
    if (hit->court) {
        zw_html_raw(html, "<span>");
        zw_html_text(html, hit->court);
        zw_html_raw(html, "</span>");
    }
    zw_html_date(html, hit->date);
    zw_html_raw(html, "</span></li>\n");
    g_string_free(href, TRUE);
}
