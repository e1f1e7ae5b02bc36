/**
 * Common given names of people in English-language news (English ones and the most frequent of other
 * languages). A capitalised pair that starts with one ("Greg Joswiak", "Maria Zakharova") is a person even
 * with no title or other cue; a pair that does not ("Best Buy", "Snow Leopard", "Le Freak") needs one.
 * Compact on purpose: people with rarer names are found by their titles, appositions and surnames.
 */
const NAMES = `
aaron abdul abdullah adam adrian ahmad ahmed alan albert alberto alejandro alex alexander alexandra alexei alexey alfred ali alice alison
amanda amy ana andrea andreas andrei andrew andrey andy angela angelina ann anna anne anthony antonio arnold arthur ashley barack barbara
barry ben benjamin bernard bernie beth betty bill billy bob bobby boris brad bradley brandon brenda brian bruce bryan carl carlos carol
caroline catherine charles charlie charlotte chris christian christina christine christopher chuck claire claude colin craig dan daniel
danny dave david dean deborah debbie denis dennis diana diane dick dmitri dmitry dominic don donald donna doug douglas ed eddie edward
elena elizabeth ellen emily emma emmanuel eric erik eugene evan frances francis francisco françois frank fred george gerald gerhard
gordon grace greg gregory hans harold harry heather heinz helen henry howard hugh ian igor irene isaac ivan jack jacob jacques james jamie
jan jane janet jason jean jeff jeffrey jennifer jeremy jerry jessica jim jimmy joan joe joel john johnny jon jonathan jorge jose joseph
josh joshua juan judith judy julia julian julie justin karen karl kate katherine kathleen kathy keith kelly ken kenneth kevin kim kurt
larry laura lauren lawrence lee leonard linda lisa louis louise lucy luis margaret maria marie mario mark martha martin mary matt
matthew maurice max melissa michael michel michelle mike mikhail mohamed mohammad mohammed muhammad nancy natalia natalie neil nicholas
nick nicolas nicole nikolai nikolay noah norman oleg oliver olivia pamela pat patricia patrick paul pedro peter phil philip philippe
pierre rachel ralph ray raymond rebecca rex richard rick rob robert roberto robin roger ron ronald rose roy ruth ryan sally sam samuel
sandra sara sarah scott sean sergei sergey shawn sharon simon stanley stephanie stephen steve steven stuart susan tanya ted teresa terry
thomas tim timothy tina todd tom tommy tony tyler valerie vanessa victor viktor vincent vladimir walter wayne william yuri yury zachary
`;

export const GIVEN_NAMES = new Set(NAMES.split(/\s+/).filter(Boolean));
