package clean

import "testing"

// TestBarDandas: bars written for a danda are sentence ends only in a
// line of two sentences at least that ends in one; a headline's or a
// menu's bars stay separators.
func TestBarDandas(t *testing.T) {
	for _, c := range []struct {
		in                  string
		separator, sentence int
		terminal            bool
	}{
		// FLORES-200's Sanskrit writes the danda as a bar.
		{"रोलांडो मेंडोजा तस्य M16 भृशुण्डिकया यात्रिकान् अक्षतं अकरोत् | अनेके ग्राहकाः रक्षिताः अभवन् तेषु च न्यूनातिनूनं षट् जनाः मृताः अभवन् |", 0, 1, true},
		// A headline's clauses, as long, but not closed by a bar.
		{"ಹುತಾತ್ಮ ಯೋಧ ಗುರು ಸ್ವಗ್ರಾಮದಲ್ಲಿ ಪಾಕ್ ಪರ ಘೋಷಣೆ | ಸಿಟ್ಟಿಗೆದ್ದ ಗ್ರಾಮಸ್ಥರಿಂದ ಘೋಷಣೆ ಕೂಗಿದ ವ್ಯಕ್ತಿಗೆ ಥಳಿತ", 1, 0, false},
		// One verse line closed by a bar: one sentence is no proof.
		{"ಭಯವುನನ್ನದು ಸುಖದ ಸೊಗದಿ ಮರೆತು ಬಿಟ್ಟರೆ ದೈವವ |", 1, 0, false},
		// A menu.
		{"होम | देश | विदेश | खेल |", 4, 0, false},
		// A title and its site.
		{"सात अजूबों में से केवल एक आज भी खड़ा है | दैनिक प्रहरी |", 2, 0, false},
	} {
		f := measure(c.in)
		if f.separator != c.separator || f.sentences != c.sentence || f.terminal != c.terminal {
			t.Errorf("measure(%q): separator %d, sentences %d, terminal %v; want %d, %d, %v", c.in,
				f.separator, f.sentences, f.terminal, c.separator, c.sentence, c.terminal)
		}
	}
}

// TestIDandas: a Latin I typed for the danda after an Odia or Ol Chiki
// word ends a sentence, spaced or glued; the pronoun after a Latin word,
// or an I after another Indian script, does not.
func TestIDandas(t *testing.T) {
	for _, c := range []struct {
		in       string
		sentence int
		terminal bool
	}{
		{"ଏହା ରୋଗ ଯୋଗୁଁ ହୋଇପାରେ I", 0, true},
		{"ସେମାନେ ମୃତଦେହ ପାଇଥିଲେI", 0, true},
		{"ସେମାନେ ମୃତଦେହ ପାଇଥିଲେ I ପରେ ପୋଲିସ ଆସିଲା I", 1, true},
		{"ସେ କହିଲେ, \"I am here\"", 0, false},
		{"ବିଶ୍ୱଯୁଦ୍ଧ World War I", 0, false},
		{"ଏହା Iର ଅର୍ଥ", 0, false},
		{"ᱟᱨ ᱚᱱᱟ ᱦᱟᱛᱟᱣ ᱦᱩᱭ ᱞᱮᱱᱟI", 0, true},
		{"ᱟᱨ ᱚᱱᱟ ᱦᱟᱛᱟᱣ ᱦᱩᱭ ᱞᱮᱱᱟ I ᱟᱨ ᱚᱱᱟ ᱦᱟᱛᱟᱣ I", 1, true},
		{"यह एक वाक्य हैI", 0, false},
	} {
		f := measure(c.in)
		if f.sentences != c.sentence || f.terminal != c.terminal {
			t.Errorf("measure(%q): sentences %d, terminal %v; want %d, %v", c.in, f.sentences, f.terminal, c.sentence, c.terminal)
		}
	}
}
