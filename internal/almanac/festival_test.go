package almanac

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Festival days as holiday lists published them: the Government of
// India's (DoPT) lists for its offices in Delhi (gazetted, Annexure I,
// and restricted, Annexure II) and, where a page reproduced only part of
// them, the same dates in central government offices elsewhere, a state
// list (Haryana 2013) or a newspaper's. Each row gives its page. The
// table only checks the computation; nothing reads it at run time.
//
// Expectation of each row:
//   - primary: the listed day is Observance.Date (for the Islamic
//     festivals, which are Approximate, within a day of it);
//   - either: the listed day is Date or Alt, for the reason given;
//   - mismatch: a listed day the computation does not give, for the
//     reason given (the test checks the reason still holds).
type expect uint8

const (
	primary expect = iota
	either
	mismatch
)

type published struct {
	f    Festival
	date Date
	src  string
	want expect
	why  string
}

const (
	s01 = "https://www.7thpaycommissionnews.com/2018/11/holidays-to-be-observed-in-department-of-posts-for-the-year-2019/20780/"                           // DoPT 12/2/2018-JCA-2, Delhi list 2019
	s02 = "https://potoolsblog.in/2019/06/list-of-restricted-holidays-during-year.html"                                                                    // DoPT 12/1/2019-JCA-2, restricted list 2020
	s03 = "https://gconnect.in/orders-in-brief/leave-ltc/leave/central-government-holidays-2020-karnataka.html"                                            // central government offices in Karnataka 2020 (DoPT dates)
	s04 = "https://www.dnaindia.com/india/report-public-holidays-2020-full-list-of-public-holidays-in-2020-in-india-2807034"                               // DNA, public holidays 2020
	s05 = "https://staffnews.in/2020/06/list-of-17-closed-gazatted-holidays-during-the-year-2021-for-central-govt-offices-located-at-delhi-new-delhi.html" // DoPT 12/9/2020-JCA-2, Delhi list 2021
	s06 = "https://allschoolsinindia.in/restricted-holidays-for-central-govt-employees-in-2021/"                                                           // DoPT restricted list 2021
	s07 = "https://www.igecorner.com/holiday-list-2022-for-central-government-employees/"                                                                  // DoPT 12/5/2021-JCA-2, Delhi list 2022
	s08 = "https://igecorner.com/?p=34721"                                                                                                                 // DoPT 12/5/2021-JCA-2, restricted list 2022
	s09 = "https://postalemployeesportal.blogspot.com/2015/10/dopt-released-list-of-holidays-in-2016.html"                                                 // DoPT Delhi and restricted lists 2016
	s10 = "https://hrinformative.com/central-government-holidays-list-2023/"                                                                               // DoPT 12/5/2022-JCA, Delhi list 2023
	s11 = "https://govtstaff.com/2022/06/holidays-2023-restricted-holidays-to-be-observed-in-central-government-offices-during-year-2023.html"             // DoPT restricted list 2023
	s12 = "https://7thpaycommissionnews.in/government-holiday-list-2024-in-india-2"                                                                        // DoPT Delhi list 2024
	s13 = "https://icar-crida.res.in/Holidays_list_2024.html"                                                                                              // central government offices in Hyderabad 2024 (DoPT dates)
	s14 = "https://atari-hyderabad.org.in/atarihyderabad/loh"                                                                                              // central government offices in Hyderabad 2025 (DoPT dates)
	s15 = "https://www.sakshipost.com/news/national/central-government-holidays-2026-full-list-national-and-festival-holidays-426604"                      // DoPT Delhi list 2026 (OM of 3 July 2025)
	s16 = "https://www.sakshipost.com/news/national/government-holiday-list-2025-check-holidays-list-here-342917"                                          // DoPT Delhi and restricted lists 2025
	s17 = "https://7thpaycommissionnews.in/holidays-for-central-government-offices-2018"                                                                   // DoPT 12/03/2017-JCA-2, Delhi list 2018
	s18 = "https://india-public-holidays.com/india/2018"                                                                                                   // restricted list 2018
	s19 = "https://www.bankingschool.co.in/knowledge-capsule/2017-public-holidays-list-for-central-government-offices-post-offices/"                       // central government compulsory list 2017
	s20 = "https://scribd.com/document/370564772/Holiday-List-2017-India"                                                                                  // gazetted and restricted list 2017
	s21 = "https://holidaystracker.com/calendar/india-public-holidays-2015"                                                                                // DoPT 12/5/2014-JCA-2, Delhi list 2015
	s22 = "http://centralgovernmentstaffnews.blogspot.com/2015/01/list-of-closed-holidays-for-central.html"                                                // central government offices in Tamil Nadu 2015 (DoPT dates)
	s23 = "https://lucknowalerts.blogspot.com/2015/01/list-of-holidays-2015.html"                                                                          // gazetted and restricted list 2015
	s24 = "https://currentaffairs4examz.blogspot.com/2013/08/central-government-holidays-for-year.html"                                                    // DoPT 12/5/2013-JCA-2, list 2014
	s25 = "https://paycommissionnews.blogspot.com/2010/06/only-14-holidays-for-central-govt-staff.html"                                                    // DoPT list 2011
	s26 = "https://tr.scribd.com/doc/59624803/Word"                                                                                                        // central government list 2011
	s27 = "https://www.iitk.ac.in/new/hindi/restricted-holidays-2018"                                                                                      // IIT Kanpur, restricted list 2018 (DoPT dates)
	s28 = "http://intranet.ccmb.res.in/intranet/cal/dbcal/mn1.php?m=11&y=2026"                                                                             // CCMB Hyderabad calendar, November 2026 (DoPT dates)
	s29 = "https://gollok.com/lakshadweep-holiday-list-and-calendar"                                                                                       // Lakshadweep list 2025 (DoPT restricted dates)
	s30 = "https://teacherharyana.blogspot.com/2013/09/list-of-holidays-2013.html"                                                                         // Government of Haryana, holidays 2013
	s31 = "http://latestcentralgovtemployeesnews.blogspot.com/2012/01/list-of-government-of-india-gazetted.html"                                           // DoPT 12/3/2011-JCA-2, gazetted and restricted lists 2012
	s32 = "http://rediff.com/money/report/only-15-holidays-for-central-govt-staff-in-2012/20110630.htm?print=true"                                         // Rediff on the DoPT list 2012
	s33 = "http://www.docstoc.com/docs/54707109/List-of-Holidays-2010---LIST-OF"                                                                           // list of holidays 2010 (Delhi)
	s34 = "https://www.indiacustomercare.com/category/company-names/aiims/aiims-bhubaneswar"                                                               // AIIMS Bhubaneswar, holidays 2019
	s35 = "https://www.republicworld.com/lifestyle/festivals/happy-guru-purnima-2021-wishes-images-whatsapp-status-and-messages-quotes-photos.html"
	s36 = "https://sambadenglish.com/guru-purnima-2023-date-tithi-time-significance"
	s37 = "https://www.hindustantimes.com/lifestyle/festivals/guru-purnima-2024-when-is-it-time-rituals-and-all-that-you-need-to-know-101721293703835.html"
	s38 = "https://www.indiatoday.in/information/story/when-is-hanuman-jayanti-in-2023-date-tithi-and-all-you-need-to-know-2322100-2023-01-16"
	s39 = "https://www.eastcoastdaily.in/2024/04/20/hanuman-jayanti-2024-know-date-puja-timings-significance.html"
	s40 = "https://www.getynews.com/2023/11/dhanteras-2023-date-and-time-when-is.html"
	s41 = "https://www.livemint.com/news/india/dhanteras-2022-avoid-buying-these-things-on-this-auspicious-day/amp-11666228846598.html"
)

var publishedDays = []published{
	{MahaShivaratri, Date{2019, 3, 4}, s01, primary, ""},
	{Holi, Date{2019, 3, 21}, s01, primary, ""},
	{MahavirJayanti, Date{2019, 4, 17}, s01, primary, ""},
	{GoodFriday, Date{2019, 4, 19}, s01, primary, ""},
	{BuddhaPurnima, Date{2019, 5, 18}, s01, primary, ""},
	{EidUlFitr, Date{2019, 6, 5}, s01, primary, ""},
	{EidUlAdha, Date{2019, 8, 12}, s01, primary, ""},
	{Janmashtami, Date{2019, 8, 24}, s01, primary, ""},
	{Muharram, Date{2019, 9, 10}, s01, primary, ""},
	{Dussehra, Date{2019, 10, 8}, s01, primary, ""},
	{Diwali, Date{2019, 10, 27}, s01, primary, ""},
	{MiladUnNabi, Date{2019, 11, 10}, s01, primary, ""},
	{GuruNanakJayanti, Date{2019, 11, 12}, s01, primary, ""},
	{GuruGobindSinghJayanti, Date{2020, 1, 2}, s02, primary, ""},
	{Lohri, Date{2020, 1, 13}, s02, primary, ""},
	{MakarSankranti, Date{2020, 1, 15}, s02, either, "the row is \"Makar Sankranti/Pongal\": the Pongal rule, as the entry at 02:08 on 15 January is after sunrise (punya kaal)"},
	{VasantPanchami, Date{2020, 1, 30}, s02, primary, ""},
	{GuruRavidasJayanti, Date{2020, 2, 9}, s02, primary, ""},
	{DayanandJayanti, Date{2020, 2, 18}, s02, primary, ""},
	{MahaShivaratri, Date{2020, 2, 21}, s02, primary, ""},
	{HolikaDahan, Date{2020, 3, 9}, s02, primary, ""},
	{ChaitraNavratri, Date{2020, 3, 25}, s02, primary, ""},
	{Easter, Date{2020, 4, 12}, s02, primary, ""},
	{Vaisakhi, Date{2020, 4, 13}, s02, primary, ""},
	{RathYatra, Date{2020, 6, 23}, s02, primary, ""},
	{RakshaBandhan, Date{2020, 8, 3}, s02, primary, ""},
	{Janmashtami, Date{2020, 8, 11}, s02, either, "Janmashtami (Smarta): ashtami at nishita"},
	{Holi, Date{2020, 3, 10}, s03, primary, ""},
	{RamNavami, Date{2020, 4, 2}, s03, primary, ""},
	{MahavirJayanti, Date{2020, 4, 6}, s03, primary, ""},
	{GoodFriday, Date{2020, 4, 10}, s03, primary, ""},
	{BuddhaPurnima, Date{2020, 5, 7}, s03, primary, ""},
	{EidUlFitr, Date{2020, 5, 25}, s03, primary, ""},
	{EidUlAdha, Date{2020, 8, 1}, s03, primary, ""},
	{Muharram, Date{2020, 8, 30}, s03, primary, ""},
	{Dussehra, Date{2020, 10, 25}, s03, primary, ""},
	{MiladUnNabi, Date{2020, 10, 30}, s03, primary, ""},
	{Diwali, Date{2020, 11, 14}, s03, primary, ""},
	{GuruNanakJayanti, Date{2020, 11, 30}, s03, primary, ""},
	{Janmashtami, Date{2020, 8, 12}, s04, primary, ""},
	{GaneshChaturthi, Date{2020, 8, 22}, s04, primary, ""},
	{KarvaChauth, Date{2020, 11, 4}, s04, primary, ""},
	{GovardhanPuja, Date{2020, 11, 15}, s04, primary, ""},
	{Holi, Date{2021, 3, 29}, s05, primary, ""},
	{GoodFriday, Date{2021, 4, 2}, s05, primary, ""},
	{RamNavami, Date{2021, 4, 21}, s05, primary, ""},
	{MahavirJayanti, Date{2021, 4, 25}, s05, primary, ""},
	{EidUlFitr, Date{2021, 5, 14}, s05, primary, ""},
	{BuddhaPurnima, Date{2021, 5, 26}, s05, primary, ""},
	{EidUlAdha, Date{2021, 7, 21}, s05, primary, ""},
	{Muharram, Date{2021, 8, 19}, s05, primary, ""},
	{Dussehra, Date{2021, 10, 15}, s05, primary, ""},
	{MiladUnNabi, Date{2021, 10, 19}, s05, primary, ""},
	{Diwali, Date{2021, 11, 4}, s05, primary, ""},
	{GuruNanakJayanti, Date{2021, 11, 19}, s05, primary, ""},
	{Lohri, Date{2021, 1, 13}, s06, primary, ""},
	{MakarSankranti, Date{2021, 1, 14}, s06, primary, ""},
	{GuruGobindSinghJayanti, Date{2021, 1, 20}, s06, primary, ""},
	{VasantPanchami, Date{2021, 2, 16}, s06, primary, ""},
	{GuruRavidasJayanti, Date{2021, 2, 27}, s06, primary, ""},
	{DayanandJayanti, Date{2021, 3, 8}, s06, primary, ""},
	{MahaShivaratri, Date{2021, 3, 11}, s06, primary, ""},
	{HolikaDahan, Date{2021, 3, 28}, s06, primary, ""},
	{Easter, Date{2021, 4, 4}, s06, primary, ""},
	{ChaitraNavratri, Date{2021, 4, 13}, s06, primary, ""},
	{Vaisakhi, Date{2021, 4, 13}, s06, primary, ""},
	{RathYatra, Date{2021, 7, 12}, s06, primary, ""},
	{RakshaBandhan, Date{2021, 8, 22}, s06, primary, ""},
	{Janmashtami, Date{2021, 8, 30}, s06, either, "Janmashtami (Smarta): ashtami at nishita"},
	{GaneshChaturthi, Date{2021, 9, 10}, s06, primary, ""},
	{DurgaAshtami, Date{2021, 10, 13}, s06, primary, ""},
	{MahaNavami, Date{2021, 10, 14}, s06, primary, ""},
	{ValmikiJayanti, Date{2021, 10, 20}, s06, primary, ""},
	{KarvaChauth, Date{2021, 10, 24}, s06, primary, ""},
	{NarakaChaturdashi, Date{2021, 11, 3}, s06, primary, ""},
	{GovardhanPuja, Date{2021, 11, 5}, s06, primary, ""},
	{BhaiDooj, Date{2021, 11, 6}, s06, primary, ""},
	{Chhath, Date{2021, 11, 10}, s06, primary, ""},
	{MahaShivaratri, Date{2022, 3, 1}, s07, primary, ""},
	{Holi, Date{2022, 3, 18}, s07, primary, ""},
	{MahavirJayanti, Date{2022, 4, 14}, s07, primary, ""},
	{GoodFriday, Date{2022, 4, 15}, s07, primary, ""},
	{EidUlFitr, Date{2022, 5, 3}, s07, primary, ""},
	{BuddhaPurnima, Date{2022, 5, 16}, s07, primary, ""},
	{EidUlAdha, Date{2022, 7, 10}, s07, primary, ""},
	{Muharram, Date{2022, 8, 9}, s07, primary, ""},
	{Janmashtami, Date{2022, 8, 19}, s07, primary, ""},
	{Dussehra, Date{2022, 10, 5}, s07, primary, ""},
	{MiladUnNabi, Date{2022, 10, 9}, s07, primary, ""},
	{Diwali, Date{2022, 10, 24}, s07, primary, ""},
	{GuruNanakJayanti, Date{2022, 11, 8}, s07, primary, ""},
	{GuruGobindSinghJayanti, Date{2022, 1, 9}, s08, primary, ""},
	{Lohri, Date{2022, 1, 13}, s08, primary, ""},
	{MakarSankranti, Date{2022, 1, 14}, s08, primary, ""},
	{VasantPanchami, Date{2022, 2, 5}, s08, primary, ""},
	{GuruRavidasJayanti, Date{2022, 2, 16}, s08, primary, ""},
	{DayanandJayanti, Date{2022, 2, 26}, s08, primary, ""},
	{HolikaDahan, Date{2022, 3, 17}, s08, primary, ""},
	{ChaitraNavratri, Date{2022, 4, 2}, s08, primary, ""},
	{RamNavami, Date{2022, 4, 10}, s08, primary, ""},
	{Vaisakhi, Date{2022, 4, 14}, s08, primary, ""},
	{Easter, Date{2022, 4, 17}, s08, primary, ""},
	{RathYatra, Date{2022, 7, 1}, s08, primary, ""},
	{RakshaBandhan, Date{2022, 8, 11}, s08, primary, ""},
	{Janmashtami, Date{2022, 8, 18}, s08, either, "Janmashtami (Smarta): ashtami at nishita"},
	{GaneshChaturthi, Date{2022, 8, 31}, s08, primary, ""},
	{Holi, Date{2016, 3, 24}, s09, primary, ""},
	{GoodFriday, Date{2016, 3, 25}, s09, primary, ""},
	{RamNavami, Date{2016, 4, 15}, s09, primary, ""},
	{MahavirJayanti, Date{2016, 4, 20}, s09, either, "trayodashi ends at 05:46, four minutes before sunrise on 20 April: within the margin"},
	{BuddhaPurnima, Date{2016, 5, 21}, s09, primary, ""},
	{EidUlFitr, Date{2016, 7, 6}, s09, primary, ""},
	{Janmashtami, Date{2016, 8, 25}, s09, primary, ""},
	{EidUlAdha, Date{2016, 9, 12}, s09, primary, ""},
	{Dussehra, Date{2016, 10, 11}, s09, primary, ""},
	{Muharram, Date{2016, 10, 12}, s09, primary, ""},
	{Diwali, Date{2016, 10, 30}, s09, primary, ""},
	{GuruNanakJayanti, Date{2016, 11, 14}, s09, primary, ""},
	{MiladUnNabi, Date{2016, 12, 13}, s09, primary, ""},
	{MakarSankranti, Date{2016, 1, 14}, s09, primary, ""},
	{Pongal, Date{2016, 1, 15}, s09, primary, ""},
	{GuruGobindSinghJayanti, Date{2016, 1, 16}, s09, primary, ""},
	{VasantPanchami, Date{2016, 2, 12}, s09, primary, ""},
	{GuruRavidasJayanti, Date{2016, 2, 22}, s09, primary, ""},
	{DayanandJayanti, Date{2016, 3, 4}, s09, primary, ""},
	{MahaShivaratri, Date{2016, 3, 7}, s09, primary, ""},
	{Holi, Date{2023, 3, 8}, s10, primary, ""},
	{RamNavami, Date{2023, 3, 30}, s10, primary, ""},
	{MahavirJayanti, Date{2023, 4, 4}, s10, primary, ""},
	{GoodFriday, Date{2023, 4, 7}, s10, primary, ""},
	{EidUlFitr, Date{2023, 4, 22}, s10, primary, ""},
	{BuddhaPurnima, Date{2023, 5, 5}, s10, primary, ""},
	{EidUlAdha, Date{2023, 6, 29}, s10, primary, ""},
	{Muharram, Date{2023, 7, 29}, s10, primary, ""},
	{Janmashtami, Date{2023, 9, 7}, s10, primary, ""},
	{MiladUnNabi, Date{2023, 9, 28}, s10, primary, ""},
	{Dussehra, Date{2023, 10, 24}, s10, primary, ""},
	{Diwali, Date{2023, 11, 12}, s10, primary, ""},
	{GuruNanakJayanti, Date{2023, 11, 27}, s10, primary, ""},
	{MakarSankranti, Date{2023, 1, 14}, s11, primary, ""},
	{Pongal, Date{2023, 1, 15}, s11, primary, ""},
	{VasantPanchami, Date{2023, 1, 26}, s11, primary, ""},
	{DayanandJayanti, Date{2023, 2, 15}, s11, primary, ""},
	{MahaShivaratri, Date{2023, 2, 18}, s11, primary, ""},
	{HolikaDahan, Date{2023, 3, 7}, s11, primary, ""},
	{ChaitraNavratri, Date{2023, 3, 22}, s11, primary, ""},
	{Easter, Date{2023, 4, 9}, s11, primary, ""},
	{Vaisakhi, Date{2023, 4, 14}, s11, primary, ""},
	{RathYatra, Date{2023, 6, 20}, s11, primary, ""},
	{RakshaBandhan, Date{2023, 8, 30}, s11, primary, ""},
	{Janmashtami, Date{2023, 9, 6}, s11, either, "Janmashtami (Smarta): ashtami at nishita"},
	{GaneshChaturthi, Date{2023, 9, 19}, s11, primary, ""},
	{Holi, Date{2024, 3, 25}, s12, primary, ""},
	{GoodFriday, Date{2024, 3, 29}, s12, primary, ""},
	{EidUlFitr, Date{2024, 4, 11}, s12, primary, ""},
	{RamNavami, Date{2024, 4, 17}, s12, primary, ""},
	{MahavirJayanti, Date{2024, 4, 21}, s12, primary, ""},
	{BuddhaPurnima, Date{2024, 5, 23}, s12, primary, ""},
	{EidUlAdha, Date{2024, 6, 17}, s12, primary, ""},
	{Muharram, Date{2024, 7, 17}, s12, primary, ""},
	{Janmashtami, Date{2024, 8, 26}, s12, primary, ""},
	{MiladUnNabi, Date{2024, 9, 16}, s12, primary, ""},
	{Dussehra, Date{2024, 10, 12}, s12, primary, ""},
	{Diwali, Date{2024, 10, 31}, s12, primary, ""},
	{GuruNanakJayanti, Date{2024, 11, 15}, s12, primary, ""},
	{Lohri, Date{2024, 1, 13}, s12, primary, ""},
	{MakarSankranti, Date{2024, 1, 14}, s12, primary, ""},
	{Pongal, Date{2024, 1, 15}, s12, primary, ""},
	{GuruGobindSinghJayanti, Date{2024, 1, 17}, s12, primary, ""},
	{VasantPanchami, Date{2024, 2, 14}, s13, primary, ""},
	{GuruRavidasJayanti, Date{2024, 2, 24}, s13, primary, ""},
	{DayanandJayanti, Date{2024, 3, 6}, s13, either, "dashami ends at 06:31, nine minutes before sunrise on 6 March: within the margin"},
	{MahaShivaratri, Date{2024, 3, 8}, s13, primary, ""},
	{HolikaDahan, Date{2024, 3, 24}, s13, primary, ""},
	{Easter, Date{2024, 3, 31}, s13, primary, ""},
	{Vaisakhi, Date{2024, 4, 13}, s13, primary, ""},
	{RathYatra, Date{2024, 7, 7}, s13, primary, ""},
	{RakshaBandhan, Date{2024, 8, 19}, s13, primary, ""},
	{GaneshChaturthi, Date{2024, 9, 7}, s13, primary, ""},
	{NavratriStart, Date{2024, 10, 3}, s13, primary, ""},
	{DurgaAshtami, Date{2024, 10, 11}, s13, primary, ""},
	{ValmikiJayanti, Date{2024, 10, 17}, s13, primary, ""},
	{Holi, Date{2025, 3, 14}, s14, primary, ""},
	{EidUlFitr, Date{2025, 3, 31}, s14, primary, ""},
	{MahavirJayanti, Date{2025, 4, 10}, s14, primary, ""},
	{GoodFriday, Date{2025, 4, 18}, s14, primary, ""},
	{BuddhaPurnima, Date{2025, 5, 12}, s14, primary, ""},
	{EidUlAdha, Date{2025, 6, 7}, s14, primary, ""},
	{Muharram, Date{2025, 7, 6}, s14, primary, ""},
	{MiladUnNabi, Date{2025, 9, 5}, s14, primary, ""},
	{Dussehra, Date{2025, 10, 2}, s14, primary, ""},
	{Diwali, Date{2025, 10, 20}, s14, primary, ""},
	{GuruNanakJayanti, Date{2025, 11, 5}, s14, primary, ""},
	{GuruGobindSinghJayanti, Date{2025, 1, 6}, s14, primary, ""},
	{VasantPanchami, Date{2025, 2, 2}, s14, primary, ""},
	{GuruRavidasJayanti, Date{2025, 2, 12}, s14, primary, ""},
	{DayanandJayanti, Date{2025, 2, 23}, s14, primary, ""},
	{ChaitraNavratri, Date{2025, 3, 30}, s14, primary, ""},
	{RamNavami, Date{2025, 4, 6}, s14, primary, ""},
	{Vaisakhi, Date{2025, 4, 13}, s14, primary, ""},
	{Easter, Date{2025, 4, 20}, s14, primary, ""},
	{RathYatra, Date{2025, 6, 27}, s14, primary, ""}, // the source prints "July-27 Friday"; 27 June 2025 is the Friday
	{RakshaBandhan, Date{2025, 8, 9}, s14, primary, ""},
	{Janmashtami, Date{2025, 8, 15}, s14, either, "Janmashtami (Smarta): ashtami at nishita"},
	{Holi, Date{2026, 3, 4}, s15, primary, ""},
	{EidUlFitr, Date{2026, 3, 21}, s15, primary, ""},
	{RamNavami, Date{2026, 3, 26}, s15, primary, ""},
	{MahavirJayanti, Date{2026, 3, 31}, s15, primary, ""},
	{GoodFriday, Date{2026, 4, 3}, s15, primary, ""},
	{BuddhaPurnima, Date{2026, 5, 1}, s15, primary, ""},
	{EidUlAdha, Date{2026, 5, 27}, s15, primary, ""},
	{Muharram, Date{2026, 6, 26}, s15, primary, ""},
	{MiladUnNabi, Date{2026, 8, 26}, s15, primary, ""},
	{Janmashtami, Date{2026, 9, 4}, s15, primary, ""},
	{Dussehra, Date{2026, 10, 20}, s15, primary, ""},
	{Diwali, Date{2026, 11, 8}, s15, primary, ""},
	{GuruNanakJayanti, Date{2026, 11, 24}, s15, primary, ""},
	{MakarSankranti, Date{2026, 1, 14}, s15, primary, ""},
	{MahaShivaratri, Date{2025, 2, 26}, s16, primary, ""},
	{Janmashtami, Date{2025, 8, 16}, s16, primary, ""},
	{HolikaDahan, Date{2025, 3, 13}, s16, primary, ""},
	{MakarSankranti, Date{2025, 1, 14}, s16, primary, ""},
	{MahaShivaratri, Date{2018, 2, 14}, s17, primary, ""},
	{Holi, Date{2018, 3, 2}, s17, primary, ""},
	{MahavirJayanti, Date{2018, 3, 29}, s17, primary, ""},
	{GoodFriday, Date{2018, 3, 30}, s17, primary, ""},
	{BuddhaPurnima, Date{2018, 4, 30}, s17, primary, ""},
	{EidUlFitr, Date{2018, 6, 16}, s17, primary, ""},
	{EidUlAdha, Date{2018, 8, 22}, s17, primary, ""},
	{Janmashtami, Date{2018, 9, 3}, s17, primary, ""},
	{Muharram, Date{2018, 9, 21}, s17, primary, ""},
	{Dussehra, Date{2018, 10, 19}, s17, primary, ""},
	{Diwali, Date{2018, 11, 7}, s17, primary, ""},
	{MiladUnNabi, Date{2018, 11, 21}, s17, primary, ""},
	{GuruNanakJayanti, Date{2018, 11, 23}, s17, primary, ""},
	{MakarSankranti, Date{2018, 1, 14}, s18, primary, ""},
	{VasantPanchami, Date{2018, 1, 22}, s18, primary, ""},
	{GuruRavidasJayanti, Date{2018, 1, 31}, s18, primary, ""},
	{DayanandJayanti, Date{2018, 2, 10}, s18, primary, ""},
	{HolikaDahan, Date{2018, 3, 1}, s18, primary, ""},
	{ChaitraNavratri, Date{2018, 3, 18}, s18, primary, ""},
	{RamNavami, Date{2018, 3, 25}, s18, primary, ""},
	{Easter, Date{2018, 4, 1}, s18, primary, ""},
	{Vaisakhi, Date{2018, 4, 14}, s18, primary, ""},
	{RathYatra, Date{2018, 7, 14}, s18, primary, ""},
	{RakshaBandhan, Date{2018, 8, 26}, s18, primary, ""},
	{GaneshChaturthi, Date{2018, 9, 13}, s18, primary, ""},
	{DurgaAshtami, Date{2018, 10, 17}, s18, primary, ""},
	{MahaNavami, Date{2018, 10, 18}, s18, primary, ""},
	{MahavirJayanti, Date{2017, 4, 9}, s19, primary, ""},
	{GoodFriday, Date{2017, 4, 14}, s19, primary, ""},
	{BuddhaPurnima, Date{2017, 5, 10}, s19, primary, ""},
	{EidUlFitr, Date{2017, 6, 26}, s19, primary, ""},
	{EidUlAdha, Date{2017, 9, 2}, s19, primary, ""},
	{Dussehra, Date{2017, 9, 30}, s19, primary, ""},
	{Muharram, Date{2017, 10, 1}, s19, primary, ""},
	{Diwali, Date{2017, 10, 19}, s19, primary, ""},
	{GuruNanakJayanti, Date{2017, 11, 4}, s19, primary, ""},
	{MiladUnNabi, Date{2017, 12, 2}, s19, primary, ""},
	{GuruGobindSinghJayanti, Date{2017, 1, 5}, s20, primary, ""},
	{MakarSankranti, Date{2017, 1, 14}, s20, primary, ""},
	{Pongal, Date{2017, 1, 14}, s20, primary, ""},
	{VasantPanchami, Date{2017, 2, 1}, s20, primary, ""},
	{GuruRavidasJayanti, Date{2017, 2, 10}, s20, primary, ""},
	{DayanandJayanti, Date{2017, 2, 21}, s20, primary, ""},
	{MahaShivaratri, Date{2017, 2, 24}, s20, primary, ""},
	{HolikaDahan, Date{2017, 3, 12}, s20, primary, ""},
	{Holi, Date{2017, 3, 13}, s20, primary, ""},
	{ChaitraNavratri, Date{2017, 3, 28}, s20, primary, ""},
	{RamNavami, Date{2017, 4, 4}, s20, primary, ""},
	{MiladUnNabi, Date{2015, 1, 4}, s21, primary, ""},
	{Holi, Date{2015, 3, 6}, s21, primary, ""},
	{RamNavami, Date{2015, 3, 28}, s21, primary, ""},
	{MahavirJayanti, Date{2015, 4, 2}, s21, primary, ""},
	{GoodFriday, Date{2015, 4, 3}, s21, primary, ""},
	{BuddhaPurnima, Date{2015, 5, 4}, s21, primary, ""},
	{EidUlFitr, Date{2015, 7, 18}, s21, primary, ""},
	{Janmashtami, Date{2015, 9, 5}, s21, primary, ""},
	{EidUlAdha, Date{2015, 9, 25}, s21, primary, ""},
	{Dussehra, Date{2015, 10, 22}, s21, primary, ""},
	{Muharram, Date{2015, 10, 24}, s21, primary, ""},
	{Diwali, Date{2015, 11, 11}, s21, primary, ""},
	{GuruNanakJayanti, Date{2015, 11, 25}, s21, primary, ""},
	{MiladUnNabi, Date{2015, 12, 24}, s21, primary, ""},
	{MakarSankranti, Date{2015, 1, 14}, s22, primary, ""},
	{Pongal, Date{2015, 1, 15}, s22, primary, ""},
	{VasantPanchami, Date{2015, 1, 24}, s22, primary, ""},
	{GuruRavidasJayanti, Date{2015, 2, 3}, s22, primary, ""},
	{DayanandJayanti, Date{2015, 2, 14}, s22, primary, ""},
	{MahaShivaratri, Date{2015, 2, 17}, s22, primary, ""},
	{HolikaDahan, Date{2015, 3, 5}, s22, primary, ""},
	{GuruGobindSinghJayanti, Date{2015, 1, 5}, s23, mismatch, "the fixed 5 January of the Nanakshahi calendar; Pausha shukla saptami fell on 28 December 2014 and 16 January 2016"},
	{ChaitraNavratri, Date{2015, 3, 21}, s23, primary, ""},
	{Easter, Date{2015, 4, 5}, s23, primary, ""},
	{Vaisakhi, Date{2015, 4, 14}, s23, primary, ""},
	{RathYatra, Date{2015, 7, 18}, s23, primary, ""},
	{RakshaBandhan, Date{2015, 8, 29}, s23, primary, ""},
	{MiladUnNabi, Date{2014, 1, 14}, s24, primary, ""},
	{MahavirJayanti, Date{2014, 4, 13}, s24, primary, ""},
	{GoodFriday, Date{2014, 4, 18}, s24, primary, ""},
	{BuddhaPurnima, Date{2014, 5, 14}, s24, primary, ""},
	{EidUlFitr, Date{2014, 7, 29}, s24, primary, ""},
	{Dussehra, Date{2014, 10, 3}, s24, primary, ""},
	{EidUlAdha, Date{2014, 10, 6}, s24, primary, ""},
	{Diwali, Date{2014, 10, 23}, s24, primary, ""},
	{Muharram, Date{2014, 11, 4}, s24, primary, ""},
	{GuruNanakJayanti, Date{2014, 11, 6}, s24, primary, ""},
	{Holi, Date{2014, 3, 17}, s24, primary, ""},
	{Janmashtami, Date{2014, 8, 18}, s24, primary, ""},
	{RamNavami, Date{2014, 4, 8}, s24, primary, ""},
	{MahaShivaratri, Date{2014, 2, 27}, s24, primary, ""},
	{GaneshChaturthi, Date{2014, 8, 29}, s24, primary, ""},
	{MakarSankranti, Date{2014, 1, 14}, s24, primary, ""},
	{RathYatra, Date{2014, 6, 29}, s24, primary, ""},
	{Pongal, Date{2014, 1, 14}, s24, primary, ""},
	{VasantPanchami, Date{2014, 2, 4}, s24, primary, ""},
	{MiladUnNabi, Date{2011, 2, 16}, s25, primary, ""},
	{MahaShivaratri, Date{2011, 3, 2}, s25, primary, ""},
	{RamNavami, Date{2011, 4, 12}, s25, primary, ""},
	{MahavirJayanti, Date{2011, 4, 16}, s25, primary, ""},
	{GoodFriday, Date{2011, 4, 22}, s25, primary, ""},
	{BuddhaPurnima, Date{2011, 5, 17}, s25, primary, ""},
	{Janmashtami, Date{2011, 8, 22}, s25, primary, ""},
	{EidUlFitr, Date{2011, 8, 31}, s25, primary, ""},
	{RakshaBandhan, Date{2011, 8, 13}, s26, primary, ""},
	{Dussehra, Date{2011, 10, 6}, s26, primary, ""},
	{Diwali, Date{2011, 10, 26}, s26, primary, ""},
	{GuruNanakJayanti, Date{2011, 11, 10}, s26, primary, ""},
	{MakarSankranti, Date{2011, 1, 14}, s26, primary, ""},
	{VasantPanchami, Date{2011, 2, 8}, s26, primary, ""},
	{Holi, Date{2011, 3, 20}, s26, primary, ""},
	{ChaitraNavratri, Date{2011, 4, 4}, s26, primary, ""},
	{RathYatra, Date{2011, 7, 13}, s26, mismatch, "Ashadha shukla dwitiya was 3 July 2011 (Puri's Rath Yatra); 13 July looks like a typo"},
	{GaneshChaturthi, Date{2011, 9, 1}, s26, primary, ""},
	{ValmikiJayanti, Date{2018, 10, 24}, s27, primary, ""},
	{KarvaChauth, Date{2018, 10, 27}, s27, primary, ""},
	{NarakaChaturdashi, Date{2018, 11, 6}, s27, primary, ""},
	{GovardhanPuja, Date{2018, 11, 8}, s27, primary, ""},
	{BhaiDooj, Date{2018, 11, 9}, s27, primary, ""},
	{NarakaChaturdashi, Date{2026, 11, 8}, s28, primary, ""},
	{GovardhanPuja, Date{2026, 11, 9}, s28, primary, ""},
	{BhaiDooj, Date{2026, 11, 11}, s28, primary, ""},
	{Chhath, Date{2026, 11, 15}, s28, primary, ""},
	{DurgaAshtami, Date{2025, 9, 30}, s29, primary, ""},
	{MahaNavami, Date{2025, 10, 1}, s29, primary, ""},
	{ValmikiJayanti, Date{2025, 10, 7}, s29, primary, ""},
	{KarvaChauth, Date{2025, 10, 10}, s29, primary, ""},
	{GaneshChaturthi, Date{2025, 8, 27}, s29, primary, ""},
	{GuruGobindSinghJayanti, Date{2013, 1, 18}, s30, primary, ""},
	{VasantPanchami, Date{2013, 2, 15}, s30, primary, ""},
	{GuruRavidasJayanti, Date{2013, 2, 25}, s30, primary, ""},
	{DayanandJayanti, Date{2013, 3, 7}, s30, primary, ""},
	{Holi, Date{2013, 3, 27}, s30, primary, ""},
	{RamNavami, Date{2013, 4, 19}, s30, primary, ""},
	{MahavirJayanti, Date{2013, 4, 24}, s30, primary, ""},
	{EidUlFitr, Date{2013, 8, 9}, s30, primary, ""},
	{Janmashtami, Date{2013, 8, 28}, s30, primary, ""},
	{EidUlAdha, Date{2013, 10, 16}, s30, primary, ""},
	{ValmikiJayanti, Date{2013, 10, 18}, s30, primary, ""},
	{MahaShivaratri, Date{2013, 3, 10}, s30, primary, ""},
	{Vaisakhi, Date{2013, 4, 13}, s30, primary, ""},
	{Dussehra, Date{2013, 10, 13}, s30, primary, ""},
	{Diwali, Date{2013, 11, 3}, s30, primary, ""},
	{GuruNanakJayanti, Date{2013, 11, 17}, s30, primary, ""},
	{MiladUnNabi, Date{2013, 1, 25}, s30, primary, ""},
	{GoodFriday, Date{2013, 3, 29}, s30, primary, ""},
	{BuddhaPurnima, Date{2013, 5, 25}, s30, primary, ""},
	{RakshaBandhan, Date{2013, 8, 20}, s30, primary, ""},
	{KarvaChauth, Date{2013, 10, 22}, s30, primary, ""},
	{Muharram, Date{2013, 11, 14}, s30, primary, ""},
}

// outOfSample holds years added after the rules above were settled; where
// the digests allow more than one reading (Dussehra, Holika Dahan, Maha
// Shivaratri, Govardhan Puja), the reading was chosen to agree with
// publishedDays, so these rows are the honest check of the choice.
var outOfSample = []published{
	{MakarSankranti, Date{2012, 1, 14}, s31, primary, ""},
	{Pongal, Date{2012, 1, 15}, s31, primary, ""},
	{VasantPanchami, Date{2012, 1, 28}, s31, primary, ""},
	{MiladUnNabi, Date{2012, 2, 5}, s31, primary, ""},
	{GuruRavidasJayanti, Date{2012, 2, 7}, s31, primary, ""},
	{DayanandJayanti, Date{2012, 2, 16}, s31, primary, ""},
	{MahaShivaratri, Date{2012, 2, 20}, s31, primary, ""},
	{HolikaDahan, Date{2012, 3, 7}, s31, primary, ""},
	{Holi, Date{2012, 3, 8}, s31, primary, ""},
	{ChaitraNavratri, Date{2012, 3, 23}, s31, primary, ""},
	{RamNavami, Date{2012, 4, 1}, s31, primary, ""},
	{MahavirJayanti, Date{2012, 4, 5}, s31, primary, ""},
	{GoodFriday, Date{2012, 4, 6}, s31, primary, ""},
	{Easter, Date{2012, 4, 8}, s31, primary, ""},
	{Vaisakhi, Date{2012, 4, 13}, s31, primary, ""},
	{BuddhaPurnima, Date{2012, 5, 6}, s31, primary, ""},
	{RathYatra, Date{2012, 6, 21}, s31, primary, ""},
	{RakshaBandhan, Date{2012, 8, 2}, s31, primary, ""},
	{Janmashtami, Date{2012, 8, 10}, s31, primary, ""},
	{EidUlFitr, Date{2012, 8, 20}, s31, primary, ""},
	{GaneshChaturthi, Date{2012, 8, 21}, s31, mismatch, "Bhadrapada was adhik from 17 August 2012; the list took the adhik month's chaturthi, the festival is kept in nija Bhadrapada (19 September)"},
	{Dussehra, Date{2012, 10, 24}, s32, primary, ""},
	{EidUlAdha, Date{2012, 10, 27}, s32, primary, ""},
	{Diwali, Date{2012, 11, 13}, s32, primary, ""},
	{Muharram, Date{2012, 11, 25}, s32, primary, ""},
	{GuruNanakJayanti, Date{2012, 11, 28}, s32, primary, ""},
	{MiladUnNabi, Date{2010, 2, 27}, s33, primary, ""},
	{Holi, Date{2010, 3, 1}, s33, primary, ""},
	{RamNavami, Date{2010, 3, 24}, s33, primary, ""},
	{MahavirJayanti, Date{2010, 3, 28}, s33, primary, ""},
	{GoodFriday, Date{2010, 4, 2}, s33, primary, ""},
	{BuddhaPurnima, Date{2010, 5, 27}, s33, primary, ""},
	{Janmashtami, Date{2010, 9, 2}, s33, primary, ""},
	{EidUlFitr, Date{2010, 9, 11}, s33, primary, ""},
	{Dussehra, Date{2010, 10, 17}, s33, primary, ""},
	{ValmikiJayanti, Date{2010, 10, 22}, s33, primary, ""},
	{Diwali, Date{2010, 11, 5}, s33, primary, ""},
	{EidUlAdha, Date{2010, 11, 17}, s33, primary, ""},
	{GuruNanakJayanti, Date{2010, 11, 21}, s33, primary, ""},
	{Muharram, Date{2010, 12, 17}, s33, primary, ""}, // the page prints "17th November Friday"; 17 December 2010 is the Friday
	{RathYatra, Date{2019, 7, 4}, s34, primary, ""},
	{GaneshChaturthi, Date{2019, 9, 2}, s34, primary, ""},
	{MahaNavami, Date{2019, 10, 7}, s34, primary, ""},
	// Days the DoPT lists do not give, as newspapers quoted drikpanchang.
	{GuruPurnima, Date{2021, 7, 24}, s35, primary, ""},
	{GuruPurnima, Date{2023, 7, 3}, s36, primary, ""},
	{GuruPurnima, Date{2024, 7, 21}, s37, primary, ""},
	{HanumanJayanti, Date{2023, 4, 6}, s38, primary, ""},
	{HanumanJayanti, Date{2024, 4, 23}, s39, primary, ""},
	{Dhanteras, Date{2023, 11, 10}, s40, primary, ""},
	{Dhanteras, Date{2022, 10, 22}, s41, primary, ""},
}

func TestPublishedFestivalDays(t *testing.T) {
	t.Run("in sample", func(t *testing.T) { checkPublished(t, publishedDays) })
	t.Run("out of sample", func(t *testing.T) { checkPublished(t, outOfSample) })
}

func checkPublished(t *testing.T, rows []published) {
	type tally struct{ n, exact, either, nearby, miss int }
	per := map[Festival]*tally{}
	for _, p := range rows {
		obs, err := Observances(p.f, p.date.Year)
		if err != nil {
			t.Fatalf("Observances(%v, %d): %v", p.f, p.date.Year, err)
		}
		c := per[p.f]
		if c == nil {
			c = &tally{}
			per[p.f] = c
		}
		c.n++
		exact, inAlt, nearby := false, false, false
		for _, o := range obs {
			exact = exact || o.Date == p.date
			inAlt = inAlt || o.Alt == p.date
			nearby = nearby || o.Approximate && (o.Date.AddDays(1) == p.date || o.Date.AddDays(-1) == p.date)
		}
		got := fmt.Sprint(obs)
		switch {
		case p.want == mismatch:
			c.miss++
			if exact || inAlt {
				t.Errorf("%v %v (%s) now matches %s; drop the mismatch reason %q", p.f, p.date, p.src, got, p.why)
			}
			t.Logf("mismatch: %v listed %v, computed %s: %s", p.f, p.date, got, p.why)
		case exact && p.want == primary:
			c.exact++
		case exact || inAlt:
			if p.want != either {
				t.Errorf("%v %v (%s): listed day is only the Alt of %s", p.f, p.date, p.src, got)
			}
			c.either++
		case nearby:
			c.nearby++
			t.Logf("±1 day: %v listed %v, computed %s (moon sighting)", p.f, p.date, got)
		default:
			t.Errorf("%v: listed %v (%s), computed %s", p.f, p.date, p.src, got)
		}
	}
	var lines []string
	total := tally{}
	for f, c := range per {
		lines = append(lines, fmt.Sprintf("%-26s %3d listed: %3d exact, %2d either, %2d ±1 day, %d mismatch",
			f, c.n, c.exact, c.either, c.nearby, c.miss))
		total.n += c.n
		total.exact += c.exact
		total.either += c.either
		total.nearby += c.nearby
		total.miss += c.miss
	}
	slices.Sort(lines)
	t.Logf("agreement with published lists:\n%s\n%-26s %3d listed: %3d exact, %2d either, %2d ±1 day, %d mismatch",
		strings.Join(lines, "\n"), "total", total.n, total.exact, total.either, total.nearby, total.miss)
}

func TestEaster(t *testing.T) {
	for y, want := range map[int]Date{
		1950: {1950, 4, 9}, 1961: {1961, 4, 2}, 2000: {2000, 4, 23}, 2008: {2008, 3, 23},
		2011: {2011, 4, 24}, 2038: {2038, 4, 25}, 2100: {2100, 3, 28},
	} {
		if got := easter(y); got != want {
			t.Errorf("easter(%d) = %v, want %v", y, got, want)
		}
	}
}
