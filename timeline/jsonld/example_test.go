package jsonld_test

import (
	"fmt"
	"time"

	"github.com/samayrekha/samayrekha/timeline"
	"github.com/samayrekha/samayrekha/timeline/date"
	"github.com/samayrekha/samayrekha/timeline/jsonld"
)

func ExampleMarshal() {
	t := &timeline.Timeline{Events: []timeline.Event{{
		ID:    "2025-12-putin-visit-india",
		Kind:  timeline.Visit,
		Title: timeline.Text{Hi: "पुतिन का भारत दौरा"},
		When:  date.InMonth(2025, time.December).WithZone("Asia/Kolkata"),
		Place: timeline.Place{Country: "IN", TimeZone: "Asia/Kolkata"},
		History: []timeline.StatusChange{
			{Status: timeline.Proposed, On: date.Of(2025, time.November, 18)},
		},
	}}}
	b, err := jsonld.Marshal(t, &jsonld.Options{BaseURL: "https://example.org/timeline"})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(b))
	// Output:
	// {
	//   "@context": "https://schema.org",
	//   "@type": "ItemList",
	//   "numberOfItems": 1,
	//   "itemListElement": [
	//     {
	//       "@type": "ListItem",
	//       "position": 1,
	//       "item": {
	//         "@type": "Event",
	//         "@id": "https://example.org/timeline#2025-12-putin-visit-india",
	//         "identifier": "2025-12-putin-visit-india",
	//         "name": {
	//           "@value": "पुतिन का भारत दौरा",
	//           "@language": "hi"
	//         },
	//         "description": [
	//           {
	//             "@value": "तारीख: दिसंबर 2025; सटीक दिन ज्ञात नहीं। स्थिति: प्रस्तावित; पुष्टि नहीं हुई है।",
	//             "@language": "hi"
	//           },
	//           {
	//             "@value": "Date: December 2025; the exact day is not known. Status: proposed; not confirmed.",
	//             "@language": "en"
	//           }
	//         ],
	//         "startDate": "2025-12-01",
	//         "location": {
	//           "@type": "Place",
	//           "name": [
	//             {
	//               "@value": "भारत",
	//               "@language": "hi"
	//             },
	//             {
	//               "@value": "India",
	//               "@language": "en"
	//             }
	//           ],
	//           "address": {
	//             "@type": "PostalAddress",
	//             "addressCountry": "IN"
	//           }
	//         }
	//       }
	//     }
	//   ]
	// }
}
