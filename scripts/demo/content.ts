// Fictional demo content for Wijkbeeld: stories and duidingssessies. All people, organisations and events are made up.
// Stories and notes explain the patterns in the generated demo figures (see scripts/demo).
import type { StoryContent, SessionContent } from './content-types';

export const STORIES: StoryContent[] = [
	// --- Leiden-Noord (WK054603), the showcase wijk ---
	{
		title: 'Weer iemand om mee te praten',
		body: 'Sinds haar man overleed kwam een bewoner van in de zeventig bijna niet meer buiten. Een buurvrouw nam haar mee naar de koffieochtend in het buurthuis. Nu komt ze elke week en helpt ze met het dekken van de tafels. "Ik heb weer een reden om me aan te kleden," zegt ze.',
		type: 'inwonersverhaal',
		sourceRole: 'bewoner (70+)',
		wijk: 'WK054603',
		period: '2024-Q2',
		themes: ['meedoen'],
		indicators: ['BEREIK_65PLUS', 'DEELN_UNIEK'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-06-12'
	},
	{
		title: 'Energierekening van de ene op de andere maand verdubbeld',
		body: 'Een gezin met twee kinderen kwam naar het inloopspreekuur met een nieuw voorschot voor energie dat twee keer zo hoog was. De ouders werken allebei, maar het geld was halverwege de maand op. Samen vroegen we de energietoeslag aan en maakten we een betalingsregeling met de leverancier. Het gezin wist niet dat het recht had op de toeslag.',
		type: 'casus',
		sourceRole: 'geldzakenconsulent',
		wijk: 'WK054603',
		period: '2022-Q4',
		themes: ['basiskracht'],
		indicators: ['VRAGEN_GELD', 'BEZOEK_INLOOP'],
		collectedBy: 'sleutelstad',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2023-01-10'
	},
	{
		title: 'Meer werkende mensen aan het spreekuur',
		body: 'Aan het inloopspreekuur zien we steeds meer mensen met een baan. Ze komen voor het eerst, vaak met een stapel rekeningen, en schamen zich. Veel van hen dachten dat hulp bij geldzaken alleen voor mensen met een uitkering is. Het gesprek duurt daardoor langer dan vroeger.',
		type: 'signaal',
		sourceRole: 'medewerker inloopspreekuur',
		wijk: 'WK054603',
		period: '2023-Q1',
		themes: ['basiskracht'],
		indicators: ['VRAGEN_GELD', 'VROEGSIGN'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2023-04-05'
	},
	{
		title: 'Het taalcafé loopt vol',
		body: 'In het voorjaar begon een taalcafé in het buurthuis, met zes bezoekers op de eerste avond. Aan het eind van het jaar komen er elke week rond de vijfentwintig mensen. Acht vrijwilligers praten aan tafels over gewone dingen: de dokter, de school, boodschappen doen. Er is nu een tweede avond nodig.',
		type: 'klein succes',
		sourceRole: 'coördinator taalcafé',
		wijk: 'WK054603',
		period: '2023-Q4',
		themes: ['meedoen', 'inzet'],
		indicators: ['BEREIK_TAAL', 'VRIJW_ACTIEF'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2023-12-14'
	},
	{
		title: 'Nederlands oefenen met de buren',
		body: 'Een moeder van drie kinderen woont een paar jaar in Nederland. Eerst belde haar oudste kind altijd met school voor haar. Na een jaar taalcafé durft ze zelf te bellen en ging ze alleen naar het oudergesprek. Ze neemt nu een buurvrouw mee naar het taalcafé.',
		type: 'inwonersverhaal',
		sourceRole: 'moeder van drie kinderen',
		wijk: 'WK054603',
		period: '2024-Q3',
		themes: ['meedoen', 'opgroeien'],
		indicators: ['BEREIK_TAAL'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-09-20'
	},
	{
		title: 'Digitaal spreekuur bleef leeg',
		body: 'In de winter probeerden we een inloopspreekuur via videobellen, zodat mensen niet de deur uit hoefden. In drie maanden kwamen er maar een paar mensen. Bewoners zeiden dat ze liever iemand tegenover zich hebben, en sommigen hadden geen goede telefoon of laptop. We zijn ermee gestopt en hebben de uren weer aan het fysieke spreekuur besteed.',
		type: 'wat niet werkte',
		sourceRole: 'teamleider inloopspreekuur',
		wijk: 'WK054603',
		period: '2024-Q1',
		themes: ['basiskracht'],
		indicators: ['BEZOEK_INLOOP'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-04-08'
	},
	{
		title: 'Van brief van de deurwaarder naar een plan',
		body: 'Een man van in de vijftig raakte zijn werk kwijt en maakte zijn post niet meer open. Via een vroegsignaal van de woningcorporatie gingen we langs. Pas bij het derde bezoek ging de deur open. Nu heeft hij hulp bij zijn budget en is hij aangemeld bij het sociaal wijkteam voor schuldhulp.',
		type: 'klantreis',
		sourceRole: 'outreachend werker',
		wijk: 'WK054603',
		period: '2024-Q4',
		themes: ['basiskracht'],
		indicators: ['VROEGSIGN', 'HUISBEZOEK', 'DOORVERW_SWT'],
		collectedBy: 'sleutelstad',
		visibility: 'intern',
		consentScope: 'intern',
		consentDate: '2025-01-15'
	},
	{
		title: 'Raadsleden eten mee in het buurtrestaurant',
		body: 'Drie raadsleden aten een avond mee in het buurtrestaurant. Aan tafel hoorden ze dat veel gasten alleen wonen en hier de enige warme maaltijd met anderen hebben. Bewoners vertelden ook dat de prijs van een maaltijd niet omhoog moet, omdat ze dan wegblijven. De raadsleden vroegen hoe vaak het restaurant open kan.',
		type: 'werkbezoek',
		sourceRole: 'wijkmanager',
		wijk: 'WK054603',
		period: '2025-Q1',
		themes: ['meedoen', 'basiskracht'],
		indicators: ['DEELN_UNIEK', 'EENZAAM'],
		collectedBy: 'gemeente',
		visibility: 'raad',
		consentScope: 'openbaar',
		consentDate: '2025-03-20'
	},
	{
		title: 'Jongeren hangen weer bij het winkelcentrum',
		body: 'Sinds het jongerencentrum op vrijdag vroeg dichtgaat, staan groepjes jongeren op vrijdagavond bij het winkelcentrum. Sommige bewoners vinden dat vervelend en bellen de gemeente. Als jongerenwerker ken ik de meesten: het zijn geen probleemjongeren, ze zoeken een plek. We gaan nu op vrijdag de straat op om met ze te praten.',
		type: 'signaal',
		sourceRole: 'jongerenwerker',
		wijk: 'WK054603',
		period: '2025-Q2',
		themes: ['opgroeien', 'veiligheid'],
		indicators: ['JONG_BEREIK'],
		collectedBy: 'jongsamen',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-06-11'
	},
	{
		title: 'Wat maakt Noord een fijne wijk?',
		body: 'Veertien bewoners vertelden op een avond verhalen over hun buurt. Veel verhalen gingen over buren die boodschappen doen of een oogje in het zeil houden. Maar er waren ook verhalen over mensen die niet weten waar ze met een vraag heen kunnen. Een bewoner zei: "De mensen die het meest alleen zijn, zitten hier vanavond niet."',
		type: 'verhalensessie',
		sourceRole: 'opbouwwerker',
		wijk: 'WK054603',
		period: '2025-Q2',
		themes: ['meedoen', 'veiligheid'],
		indicators: ['DEELN_UNIEK', 'EENZAAM'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-05-28'
	},
	{
		title: 'Zomerprogramma hield de deur open',
		body: 'Andere jaren was het buurthuis in de zomer bijna dicht en zagen we vaste bezoekers weken niet. Deze zomer hielden vrijwilligers elke dinsdag een koffieochtend. Er kwamen minder mensen dan in de rest van het jaar, maar de mensen die het meest alleen zijn, hadden wel een plek. Twee vrijwilligers belden ook bezoekers die niet kwamen.',
		type: 'klein succes',
		sourceRole: 'opbouwwerker',
		wijk: 'WK054603',
		period: '2025-Q3',
		themes: ['meedoen', 'inzet'],
		indicators: ['DEELN_UNIEK', 'BEREIK_65PLUS', 'VRIJW_ACTIEF'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-09-10'
	},
	{
		title: 'Mantelzorger die niet om hulp vroeg',
		body: 'Een dochter zorgt naast haar baan voor haar vader met dementie. Ze zag zichzelf niet als mantelzorger en vroeg nergens om hulp. De huisarts verwees haar door naar de welzijnscoach, die haar in contact bracht met de mantelzorgconsulent. Nu heeft ze één middag per week vrij omdat een vrijwilliger bij haar vader is.',
		type: 'casus',
		sourceRole: 'mantelzorgconsulent',
		wijk: 'WK054603',
		period: '2025-Q1',
		themes: ['inzet', 'gezondheid'],
		indicators: ['MZ_INBEELD', 'MZ_ONDERST', 'WOR_VERW'],
		collectedBy: 'buurtkracht',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2025-03-12'
	},
	// --- Morsdistrict (WK054606) ---
	{
		title: 'Kou in huis',
		body: 'Bij huisbezoeken zien we ouderen die de verwarming uit laten en met een jas aan op de bank zitten. Ze zijn bang voor de eindafrekening. Sommigen maken brieven van de energieleverancier niet meer open. We nemen nu bij elk bezoek informatie over de energietoeslag mee.',
		type: 'signaal',
		sourceRole: 'outreachend werker',
		wijk: 'WK054606',
		period: '2022-Q4',
		themes: ['basiskracht', 'gezondheid'],
		indicators: ['HUISBEZOEK', 'VRAGEN_GELD'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2022-12-15'
	},
	{
		title: 'Energiecoaches aan de keukentafel',
		body: 'Vrijwillige energiecoaches gingen bij bewoners langs met tochtstrips, radiatorfolie en uitleg over de meter. In een half jaar bezochten ze ongeveer zestig huishoudens. Bewoners zeggen dat ze nu beter begrijpen wat ze verbruiken. Een paar coaches waren eerst zelf bezoeker van het spreekuur.',
		type: 'klein succes',
		sourceRole: 'coördinator vrijwilligers',
		wijk: 'WK054606',
		period: '2023-Q2',
		themes: ['basiskracht', 'inzet'],
		indicators: ['VRIJW_ACTIEF', 'VRAGEN_GELD'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2023-06-22'
	},
	{
		title: 'Eindelijk iemand die meeleest',
		body: 'Een vrouw van in de veertig met een chronische ziekte krijgt veel brieven over toeslagen en zorgkosten. Ze begreep ze niet en legde ze weg. Nu komt ze elke maand naar het inloopspreekuur en leest een medewerker met haar mee. "Ik slaap weer beter sinds ik weet wat er in die brieven staat," vertelt ze.',
		type: 'inwonersverhaal',
		sourceRole: 'bewoner (40+)',
		wijk: 'WK054606',
		period: '2024-Q4',
		themes: ['basiskracht'],
		indicators: ['BEZOEK_INLOOP', 'VRAGEN_GELD'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-12-04'
	},
	{
		title: 'Brief over vroegsignalering kwam niet aan',
		body: 'Na een signaal van een betalingsachterstand stuurden we eerst een brief met een aanbod voor een gesprek. Ongeveer de helft van de mensen reageerde niet. Juist wie achterstanden heeft, maakt post vaak niet open. We gaan nu meteen langs of bellen, en de brief is alleen nog een extra.',
		type: 'wat niet werkte',
		sourceRole: 'schuldhulpverlener',
		wijk: 'WK054606',
		period: '2024-Q2',
		themes: ['basiskracht'],
		indicators: ['VROEGSIGN', 'HUISBEZOEK'],
		collectedBy: 'sleutelstad',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2024-07-03'
	},
	{
		title: 'Een wandelgroep in plaats van een pil',
		body: 'Een man van in de zestig sliep slecht en voelde zich somber na zijn pensioen. De huisarts verwees hem naar de welzijnscoach in plaats van hem slaappillen te geven. Via de coach kwam hij bij een wandelgroep. Nu helpt hij ook als vrijwilliger bij het repaircafé.',
		type: 'casus',
		sourceRole: 'welzijnscoach',
		wijk: 'WK054606',
		period: '2025-Q2',
		themes: ['gezondheid', 'meedoen'],
		indicators: ['WOR_VERW'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-06-18'
	},
	// --- Merenwijkdistrict (WK054608) ---
	{
		title: 'Van huurachterstand naar rust',
		body: 'Het inkomen van een zelfstandige vader viel weg en het gezin kreeg een huurachterstand. De woningcorporatie gaf een vroegsignaal door en binnen twee weken was er een gesprek aan de keukentafel. Samen maakten we een overzicht van alle rekeningen en een regeling met de corporatie. Het gezin kon in het huis blijven wonen.',
		type: 'klantreis',
		sourceRole: 'schuldhulpverlener',
		wijk: 'WK054608',
		period: '2023-Q1',
		themes: ['basiskracht'],
		indicators: ['VROEGSIGN', 'VRAGEN_GELD'],
		collectedBy: 'sleutelstad',
		visibility: 'intern',
		consentScope: 'intern',
		consentDate: '2023-04-12'
	},
	{
		title: 'Stil in de zomer',
		body: 'Een bewoner van in de tachtig vertelt dat de zomer voor hem de langste tijd van het jaar is. De activiteiten in het buurthuis stoppen en ook zijn kinderen zijn op vakantie. "Zes weken lang zeg ik tegen niemand iets," zegt hij. Hij zou graag zien dat er in de zomer één ochtend per week iets doorgaat.',
		type: 'inwonersverhaal',
		sourceRole: 'bewoner (80+)',
		wijk: 'WK054608',
		period: '2023-Q3',
		themes: ['meedoen'],
		indicators: ['BEREIK_65PLUS', 'DEELN_UNIEK'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2023-09-28'
	},
	{
		title: 'Mantelzorgers lopen vast in de zomer',
		body: 'Als de dagbesteding in de zomer een paar weken dicht is, zorgen mantelzorgers de hele dag zelf. Meerdere mantelzorgers belden ons in augustus omdat ze het niet meer volhielden. Respijtzorg was toen moeilijk te regelen, omdat ook vrijwilligers op vakantie waren.',
		type: 'signaal',
		sourceRole: 'mantelzorgconsulent',
		wijk: 'WK054608',
		period: '2024-Q3',
		themes: ['inzet'],
		indicators: ['MZ_ONDERST', 'MZ_INBEELD'],
		collectedBy: 'buurtkracht',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2024-09-25'
	},
	{
		title: 'Beweeggroep na verwijzing van de huisarts',
		body: 'De praktijkondersteuner verwees in een paar maanden acht mensen met klachten als stress en eenzaamheid naar de welzijnscoach. Samen begonnen ze een beweeggroep in het park. De groep draait nu zonder begeleiding en heeft een eigen appgroep. Een deelnemer vraagt nu geld aan voor een bankje bij het verzamelpunt.',
		type: 'klein succes',
		sourceRole: 'welzijnscoach',
		wijk: 'WK054608',
		period: '2025-Q1',
		themes: ['gezondheid', 'meedoen'],
		indicators: ['WOR_VERW', 'BEWINIT'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-03-27'
	},
	{
		title: 'Wethouder bij de gezondheidscheck',
		body: 'De wethouder keek mee bij een gezondheidscheck in het buurthuis. Ze sprak met bewoners die al jaren niet bij de huisarts waren geweest. Bij een paar van hen was de bloeddruk te hoog, en zij kregen een afspraak bij de praktijkondersteuner. De wethouder vroeg of we weten hoeveel mensen die afspraak ook echt nakomen.',
		type: 'werkbezoek',
		sourceRole: 'beleidsmedewerker gezondheid',
		wijk: 'WK054608',
		period: '2024-Q2',
		themes: ['gezondheid'],
		indicators: ['GEZCHECK'],
		collectedBy: 'gemeente',
		visibility: 'raad',
		consentScope: 'openbaar',
		consentDate: '2024-06-06'
	},
	// --- Stevenshofdistrict (WK054609) ---
	{
		title: 'Geen jongerenwerker, wel vragen',
		body: 'Op school vragen leerlingen waar de jongerenwerker is gebleven. Sinds het begin van het jaar is de plek leeg. Na schooltijd hangen kleine groepjes rond bij het winkelcentrum, zonder dat iemand ze kent. Een mentor zegt: "Ze hadden iemand buiten school om mee te praten, en dat is nu weg."',
		type: 'signaal',
		sourceRole: 'mentor middelbare school',
		wijk: 'WK054609',
		period: '2024-Q2',
		themes: ['opgroeien', 'veiligheid'],
		indicators: ['JONG_BEREIK'],
		collectedBy: 'jongsamen',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-05-16'
	},
	{
		title: 'Invallen vanuit andere wijken was te weinig',
		body: 'Tijdens de vacature kwamen jongerenwerkers uit andere wijken één avond per week naar Stevenshof. De jongeren kenden hen niet en bleven op afstand. Vertrouwen opbouwen lukt niet in één avond per week. Nieuwe coachingstrajecten konden we daardoor bijna niet starten.',
		type: 'wat niet werkte',
		sourceRole: 'teamleider jongerenwerk',
		wijk: 'WK054609',
		period: '2024-Q3',
		themes: ['opgroeien'],
		indicators: ['JONG_BEREIK', 'JONG_COACH'],
		collectedBy: 'jongsamen',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2024-10-02'
	},
	{
		title: 'Nieuwe jongerenwerker, volle inloop',
		body: 'In januari begon een nieuwe jongerenwerker in Stevenshof. Ze was de eerste weken vooral buiten, bij het winkelcentrum en het sportveld. Nu komen er op woensdagmiddag rond de dertig jongeren naar de inloop. Een paar jongeren helpen mee met het organiseren van een toernooi.',
		type: 'klein succes',
		sourceRole: 'jongerenwerker',
		wijk: 'WK054609',
		period: '2025-Q2',
		themes: ['opgroeien'],
		indicators: ['JONG_BEREIK'],
		collectedBy: 'jongsamen',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-06-25'
	},
	{
		title: 'Vragen over mijn zoon',
		body: 'Een vader van een tiener maakte zich zorgen omdat zijn zoon tot diep in de nacht gamede. Hij belde de opvoedlijn van het jongerenwerk en had binnen een week een gesprek. Ze maakten samen afspraken die de zoon zelf mee bedacht. "Het hielp dat iemand zei dat dit vaker voorkomt," zegt de vader.',
		type: 'inwonersverhaal',
		sourceRole: 'vader van een tiener',
		wijk: 'WK054609',
		period: '2025-Q4',
		themes: ['opgroeien'],
		indicators: ['OPV_VRAGEN'],
		collectedBy: 'jongsamen',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-11-12'
	},
	// --- Stationsdistrict (WK054602) ---
	{
		title: 'Bezoekers van het taalcafé worden taalmaatje',
		body: 'Het taalcafé bij de bibliotheek groeit sinds vorig jaar. Drie vroegere bezoekers spreken nu zo goed Nederlands dat ze zelf taalmaatje zijn geworden. Zij weten hoe het is om een taal te leren, en nieuwe bezoekers durven daardoor sneller te praten.',
		type: 'klein succes',
		sourceRole: 'coördinator taalcafé',
		wijk: 'WK054602',
		period: '2024-Q1',
		themes: ['meedoen', 'inzet'],
		indicators: ['BEREIK_TAAL', 'VRIJW_ACTIEF'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-03-21'
	},
	{
		title: 'Statushouder zoekt zijn weg',
		body: 'Een jonge man met een verblijfsvergunning kwam naar het nieuwe taalcafé omdat hij zich alleen voelde. Daar vertelde hij over brieven van de gemeente die hij niet begreep. Een vrijwilliger ging met hem naar het inloopspreekuur. Inmiddels werkt hij een paar dagen per week in een keuken.',
		type: 'casus',
		sourceRole: 'vrijwilliger taalcafé',
		wijk: 'WK054602',
		period: '2023-Q2',
		themes: ['meedoen', 'basiskracht'],
		indicators: ['BEREIK_TAAL', 'BEZOEK_INLOOP'],
		collectedBy: 'buurtkracht',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2023-06-29'
	},
	{
		title: 'Meelopen met het outreachend werk',
		body: 'Twee beleidsmedewerkers liepen een dag mee met de huisbezoeken rond het station. Ze zagen veel kleine appartementen waar mensen alleen wonen. Bijna niemand kende het inloopspreekuur, terwijl het vlakbij is. De beleidsmedewerkers willen weten hoe het spreekuur beter bekend kan worden.',
		type: 'werkbezoek',
		sourceRole: 'beleidsmedewerker',
		wijk: 'WK054602',
		period: '2025-Q3',
		themes: ['basiskracht', 'meedoen'],
		indicators: ['HUISBEZOEK', 'BEZOEK_INLOOP'],
		collectedBy: 'gemeente',
		visibility: 'raad',
		consentScope: 'openbaar',
		consentDate: '2025-09-04'
	},
	// --- Binnenstad-Zuid (WK054600) ---
	{
		title: 'Verhalen uit de binnenstad',
		body: 'Bewoners van de hofjes vertelden dat ze veel contact hebben met hun buren en elkaar helpen. Tegelijk zeiden ze dat studenten en nieuwe bewoners uit het buitenland bijna nooit meedoen. "Ze wonen hier een jaar en zijn dan weer weg," zei een bewoner. De groep wil een buurtborrel organiseren om kennis te maken.',
		type: 'verhalensessie',
		sourceRole: 'opbouwwerker',
		wijk: 'WK054600',
		period: '2024-Q4',
		themes: ['meedoen'],
		indicators: ['DEELN_UNIEK', 'EENZAAM'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-11-20'
	},
	{
		title: 'Een huis met te veel trappen',
		body: 'Een bewoner van in de tachtig woont boven in een oud pand met steile trappen. Ze kwam bijna niet meer buiten en had weinig contact. Een vrijwilliger komt nu elke week op bezoek en regelde hulp bij de boodschappen. Samen zoeken ze naar een woning zonder trappen.',
		type: 'casus',
		sourceRole: 'coördinator vrijwilligers',
		wijk: 'WK054600',
		period: '2022-Q2',
		themes: ['meedoen', 'inzet'],
		indicators: ['BEREIK_65PLUS', 'VRIJW_ACTIEF'],
		collectedBy: 'buurtkracht',
		visibility: 'intern',
		consentScope: 'intern',
		consentDate: '2022-06-30'
	},
	// --- Binnenstad-Noord (WK054601) ---
	{
		title: 'Geveltuinen als begin van contact',
		body: 'Een paar bewoners vroegen hulp om geveltuintjes aan te leggen in hun straat. Tijdens het planten kwamen er buren naar buiten die elkaar nog nooit gesproken hadden. Nu geven ze elkaars planten water als iemand op vakantie is. De straat wil volgend jaar een buurtfeest houden.',
		type: 'klein succes',
		sourceRole: 'bewoner (initiatiefnemer)',
		wijk: 'WK054601',
		period: '2022-Q3',
		themes: ['meedoen', 'veiligheid'],
		indicators: ['BEWINIT'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2022-09-15'
	},
	{
		title: 'Buurtapp bracht geen nieuwe mensen',
		body: 'We startten een online buurtplatform om vraag en aanbod van hulp bij elkaar te brengen. Na een half jaar bleken vooral bewoners mee te doen die al actief waren. Mensen die we juist wilden bereiken, gebruikten het niet. We stoppen met het platform en zetten de tijd in op een vaste inloopochtend.',
		type: 'wat niet werkte',
		sourceRole: 'opbouwwerker',
		wijk: 'WK054601',
		period: '2025-Q1',
		themes: ['meedoen'],
		indicators: ['BEWINIT', 'DEELN_UNIEK'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-04-02'
	},
	// --- Roodenburgerdistrict (WK054604) ---
	{
		title: 'Van de huisarts via de welzijnscoach naar het koor',
		body: 'Een vrouw van in de zestig was na een burn-out steeds moe en zat vooral thuis. Haar huisarts verwees haar naar de welzijnscoach. Na drie gesprekken besloot ze mee te zingen met een buurtkoor. Ze zegt dat het koor haar meer energie geeft dan ze had verwacht.',
		type: 'klantreis',
		sourceRole: 'welzijnscoach',
		wijk: 'WK054604',
		period: '2024-Q1',
		themes: ['gezondheid', 'meedoen'],
		indicators: ['WOR_VERW'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-03-28'
	},
	{
		title: 'Mantelzorgers jonger dan je denkt',
		body: 'In het jongerenwerk spreken we tieners die thuis voor een zieke ouder zorgen. Ze koken, doen boodschappen en passen op broertjes en zusjes. Ze noemen zichzelf geen mantelzorger en staan daardoor nergens in beeld. We zoeken samen met de mantelzorgconsulent naar een aanpak voor jonge mantelzorgers.',
		type: 'signaal',
		sourceRole: 'jongerenwerker',
		wijk: 'WK054604',
		period: '2025-Q3',
		themes: ['inzet', 'opgroeien'],
		indicators: ['MZ_INBEELD', 'JONG_BEREIK'],
		collectedBy: 'jongsamen',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2025-09-17'
	},
	// --- Bos- en Gasthuisdistrict (WK054605) ---
	{
		title: 'Weer naar buiten na corona',
		body: 'Een bewoner van in de tachtig zat tijdens de lockdowns maandenlang alleen thuis. Een vrijwilliger belde hem elke week op. Toen de activiteiten weer begonnen, ging de vrijwilliger mee naar de wandelgroep. Nu gaat hij zelf, en belt hij soms een andere deelnemer die thuisblijft.',
		type: 'inwonersverhaal',
		sourceRole: 'bewoner (80+)',
		wijk: 'WK054605',
		period: '2022-Q1',
		themes: ['meedoen', 'gezondheid'],
		indicators: ['BEREIK_65PLUS'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2022-03-24'
	},
	{
		title: 'Bezoek aan de mantelzorgsalon',
		body: 'Raadsleden bezochten een bijeenkomst van mantelzorgers. De mantelzorgers vertelden dat ze vooral flexibele hulp nodig hebben: een paar uur vrij op een moment dat het hen uitkomt. Vaste respijtzorg past vaak niet bij hun week. Ook vroegen ze om één telefoonnummer voor al hun vragen.',
		type: 'werkbezoek',
		sourceRole: 'mantelzorgconsulent',
		wijk: 'WK054605',
		period: '2023-Q4',
		themes: ['inzet'],
		indicators: ['MZ_ONDERST', 'MZ_INBEELD'],
		collectedBy: 'gemeente',
		visibility: 'raad',
		consentScope: 'openbaar',
		consentDate: '2023-11-30'
	},
	// --- Boerhaavedistrict (WK054607) ---
	{
		title: 'Van de inloop naar vrijwilligerswerk',
		body: 'Een man van in de dertig kwam twee jaar geleden naar de inloop met schulden die hij niet meer overzag. Via het sociaal wijkteam kreeg hij schuldhulp. Nu hij rust heeft, helpt hij zelf als vrijwilliger bij de inloop om mensen wegwijs te maken. "Ik weet hoe het is om daar te zitten," zegt hij.',
		type: 'klantreis',
		sourceRole: 'vrijwilliger inloopspreekuur',
		wijk: 'WK054607',
		period: '2025-Q2',
		themes: ['basiskracht', 'inzet'],
		indicators: ['BEZOEK_INLOOP', 'VRIJW_ACTIEF'],
		collectedBy: 'sleutelstad',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-07-02'
	},
	{
		title: 'Opvoeden in een kleine woning',
		body: 'In een groep moeders ging het gesprek over opvoeden in een kleine woning. Kinderen hebben geen eigen kamer en binnen is weinig ruimte om te spelen. Buiten is het speelveldje vaak bezet door oudere jongeren. De moeders willen samen met de gemeente kijken naar een veilige speelplek.',
		type: 'verhalensessie',
		sourceRole: 'opvoedondersteuner',
		wijk: 'WK054607',
		period: '2024-Q2',
		themes: ['opgroeien', 'veiligheid'],
		indicators: ['OPV_VRAGEN'],
		collectedBy: 'jongsamen',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2024-06-19'
	},
	{
		title: 'Schulden door telefoonabonnementen',
		body: 'Een jongere die bij ons in coaching is, bleek drie telefoonabonnementen te hebben afgesloten en kon ze niet betalen. Hij was net achttien en wist niet dat hij zo snel schulden kon maken. De jongerenwerker ging met hem naar het geldspreekuur. We zien dit vaker bij jongeren die net volwassen zijn.',
		type: 'casus',
		sourceRole: 'jongerenwerker',
		wijk: 'WK054607',
		period: '2025-Q4',
		themes: ['opgroeien', 'basiskracht'],
		indicators: ['JONG_COACH', 'VRAGEN_GELD'],
		collectedBy: 'jongsamen',
		visibility: 'raad',
		consentScope: 'openbaar',
		consentDate: '2025-12-03'
	},
	// Two stories still being written: each trips the privacy check (a name and a phone number; a street with a
	// house number and an exact age), so the review step has something to do. Readers never see them.
	{
		title: 'Buurtmaaltijd groeit',
		body: 'Sinds de zomer schuiven elke vrijdag meer buren aan bij de maaltijd. Fatima el Amrani kookt, en wie wil helpen kan bellen naar 06-41234567.',
		type: 'klein succes',
		sourceRole: 'opbouwwerker',
		wijk: 'WK054606',
		period: '2025-Q4',
		themes: ['meedoen'],
		indicators: ['DEELN_UNIEK'],
		collectedBy: 'buurtkracht',
		visibility: 'openbaar',
		consentScope: 'openbaar',
		consentDate: '2025-12-10',
		draft: 'ter review'
	},
	{
		title: 'Alleen in een grote woning',
		body: 'Een weduwe van 91 aan de Kooilaan 12 woont sinds de dood van haar man alleen. Ze komt de deur bijna niet meer uit; de buurvrouw doet de boodschappen.',
		type: 'signaal',
		sourceRole: 'wijkverpleegkundige',
		wijk: 'WK054603',
		period: '2025-Q4',
		themes: ['gezondheid'],
		indicators: [],
		collectedBy: 'sleutelstad',
		visibility: 'partners',
		consentScope: 'partners',
		consentDate: '2025-12-12',
		draft: 'concept'
	}
];

export const SESSIONS: SessionContent[] = [
	{
		title: 'Duidingssessie Leiden-Noord, Mors en Merenwijk, K2 2023',
		heldOn: '2023-09-21',
		kind: 'duidingssessie',
		status: 'afgerond',
		wijken: ['WK054603', 'WK054606', 'WK054608'],
		theme: 'basiskracht',
		participants: [
			{ role: 'facilitator', organisation: 'gemeente' },
			{ role: 'beleidsmedewerker', organisation: 'gemeente' },
			{ role: 'wijkmanager', organisation: 'gemeente' },
			{ role: 'schuldhulpverlener', organisation: 'gemeente' },
			{ role: 'medewerker inloopspreekuur', organisation: 'sleutelstad' },
			{ role: 'opbouwwerker', organisation: 'buurtkracht' },
			{ role: 'bewoner (uitgenodigd door Buurtkracht)', organisation: 'buurtkracht' }
		],
		agenda: [
			{ indicator: 'VRAGEN_GELD', area: 'WK054603' },
			{ indicator: 'VRAGEN_GELD', area: 'WK054606' },
			{ indicator: 'VRAGEN_GELD', area: 'WK054608' },
			{ indicator: 'VROEGSIGN', area: 'WK054603' },
			{ indicator: 'HUISBEZOEK', area: 'WK054603' },
			{ indicator: 'BEREIK_TAAL', area: 'WK054603' }
		],
		notes: [
			{
				indicator: 'VRAGEN_GELD',
				area: 'WK054603',
				periodFrom: '2022-Q3',
				periodTo: '2023-Q2',
				kind: 'verklaring',
				body: 'De sterke stijging komt door de hoge energieprijzen en de dure boodschappen. Veel mensen komen voor het eerst, ook mensen met een baan.',
				authorRole: 'medewerker inloopspreekuur, Sleutelstad',
				visibility: 'openbaar'
			},
			{
				indicator: 'VRAGEN_GELD',
				area: 'WK054606',
				periodFrom: '2022-Q4',
				periodTo: '2023-Q2',
				kind: 'signaal',
				body: 'Veel vragen gaan over de energietoeslag. Ook mensen die er net geen recht op hebben, komen langs, en voor hen is er weinig te regelen.',
				authorRole: 'medewerker inloopspreekuur, Sleutelstad',
				visibility: 'openbaar'
			},
			{
				indicator: 'VRAGEN_GELD',
				area: 'WK054608',
				periodFrom: '2022-Q3',
				periodTo: '2023-Q2',
				kind: 'vraag',
				body: 'Komen de extra vragen in Merenwijk van nieuwe huishoudens, of komen dezelfde huishoudens vaker terug? De registratie laat dat nu niet zien.',
				authorRole: 'beleidsmedewerker, gemeente Leiden',
				visibility: 'partners'
			},
			{
				indicator: 'VROEGSIGN',
				area: 'WK054603',
				periodFrom: '2023-Q1',
				periodTo: '2023-Q2',
				kind: 'context',
				body: 'Sinds begin 2023 geven ook energieleveranciers signalen door. Een deel van de stijging komt dus doordat er meer partijen meedoen, niet alleen doordat er meer achterstanden zijn.',
				authorRole: 'schuldhulpverlener, gemeente Leiden',
				visibility: 'partners'
			},
			{
				indicator: 'HUISBEZOEK',
				area: 'WK054603',
				periodFrom: '2023-Q2',
				periodTo: '2023-Q2',
				kind: 'datakanttekening',
				body: 'Voor dit kwartaal ontbreekt het cijfer in alle wijken, omdat het registratiesysteem werd vervangen. De huisbezoeken gingen wel gewoon door, maar zijn niet te tellen.',
				authorRole: 'medewerker inloopspreekuur, Sleutelstad',
				visibility: 'openbaar'
			},
			{
				indicator: 'BEREIK_TAAL',
				area: 'WK054603',
				periodFrom: '2023-Q2',
				periodTo: '2023-Q2',
				kind: 'verklaring',
				body: 'In april is het taalcafé in het buurthuis begonnen. De eerste weken kwamen er zo\'n tien mensen per avond, en het groeit.',
				authorRole: 'opbouwwerker, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'BIJSTAND',
				area: 'WK054603',
				periodFrom: '2022-Q3',
				periodTo: '2023-Q2',
				kind: 'context',
				body: 'Het aantal huishoudens met bijstand steeg bijna niet, terwijl de geldvragen sterk stegen. De nieuwe vragen komen vooral van mensen met een baan of een klein pensioen.',
				authorRole: 'beleidsmedewerker, gemeente Leiden',
				visibility: 'raad'
			}
		],
		conclusions: [
			{
				body: 'De stijging van de geldvragen is echt en hangt samen met de hoge energiekosten. Leiden-Noord, Morsdistrict en Merenwijk worden het hardst geraakt.',
				visibility: 'openbaar'
			},
			{
				body: 'Veel nieuwe vragenstellers werken. Zij komen niet bij de gemeente voor een uitkering, dus het inloopspreekuur is vaak de eerste plek waar ze hulp vragen.',
				visibility: 'openbaar'
			}
		],
		afspraken: [
			{
				body: 'Een extra inloopspreekuur voor geldzaken op zaterdag in Leiden-Noord, voor mensen die doordeweeks werken.',
				owner: 'teamleider inloopspreekuur, Sleutelstad',
				deadline: '2023-11-01',
				status: 'afgerond',
				visibility: 'openbaar'
			},
			{
				body: 'Nagaan of de huisbezoeken van K2 2023 uit de agenda\'s van medewerkers te reconstrueren zijn.',
				owner: 'informatiemanager, Sleutelstad',
				deadline: '2023-12-01',
				status: 'vervallen',
				visibility: 'partners'
			},
			{
				body: 'De registratie aanpassen, zodat te zien is of een geldvraag van een nieuw of een bekend huishouden komt.',
				owner: 'beleidsmedewerker, gemeente Leiden',
				deadline: '2024-03-31',
				status: 'afgerond',
				visibility: 'partners'
			}
		]
	},
	{
		title: 'Kwartaalgesprek Buurtkracht, K1 2024',
		heldOn: '2024-06-13',
		kind: 'kwartaalgesprek',
		status: 'afgerond',
		wijken: [
			'WK054600',
			'WK054601',
			'WK054602',
			'WK054603',
			'WK054604',
			'WK054605',
			'WK054606',
			'WK054607',
			'WK054608',
			'WK054609'
		],
		theme: 'meedoen',
		participants: [
			{ role: 'contractmanager', organisation: 'gemeente' },
			{ role: 'beleidsmedewerker', organisation: 'gemeente' },
			{ role: 'directeur', organisation: 'buurtkracht' },
			{ role: 'teamleider opbouwwerk', organisation: 'buurtkracht' },
			{ role: 'coördinator vrijwilligers', organisation: 'buurtkracht' }
		],
		agenda: [
			{ indicator: 'DEELN_UNIEK', area: 'WK054603' },
			{ indicator: 'DEELN_UNIEK', area: 'WK054600' },
			{ indicator: 'BEREIK_65PLUS', area: 'WK054608' },
			{ indicator: 'BEWINIT', area: 'WK054601' },
			{ indicator: 'VRIJW_ACTIEF', area: 'WK054603' },
			{ indicator: 'MZ_INBEELD', area: 'WK054608' }
		],
		notes: [
			{
				indicator: 'DEELN_UNIEK',
				area: 'GM0546',
				periodFrom: '2024-Q1',
				periodTo: '2024-Q1',
				kind: 'datakanttekening',
				body: 'Vanaf 2024 telt een inwoner één keer per kwartaal per wijk. Tot en met 2023 telde iemand mee bij elke activiteit. De daling van ongeveer 30% betekent dus niet dat er minder mensen meedoen; vergelijk 2024 niet direct met eerdere jaren.',
				authorRole: 'beleidsmedewerker, gemeente Leiden',
				visibility: 'openbaar'
			},
			{
				indicator: 'DEELN_UNIEK',
				area: 'WK054603',
				periodFrom: '2023-Q4',
				periodTo: '2024-Q1',
				kind: 'verklaring',
				body: 'In Leiden-Noord doen veel bewoners mee aan twee of drie activiteiten per week. Met de oude telling werden zij meerdere keren geteld; daarom is de sprong hier goed te zien.',
				authorRole: 'teamleider opbouwwerk, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'DEELN_UNIEK',
				area: 'WK054600',
				periodFrom: '2021-Q3',
				periodTo: '2023-Q3',
				kind: 'context',
				body: 'Elk derde kwartaal is er een dip. In de zomervakantie zijn buurthuizen een paar weken dicht en zijn ook vrijwilligers weg. Dit is een vast patroon, geen teken dat het slechter gaat.',
				authorRole: 'teamleider opbouwwerk, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'BEREIK_65PLUS',
				area: 'WK054608',
				periodFrom: '2023-Q3',
				periodTo: '2023-Q3',
				kind: 'vraag',
				body: 'Waar blijven oudere bewoners in de zomer? Verliezen we dan juist het contact met de mensen die het meest alleen zijn?',
				authorRole: 'contractmanager, gemeente Leiden',
				visibility: 'partners'
			},
			{
				indicator: 'VRIJW_ACTIEF',
				area: 'WK054603',
				periodFrom: '2023-Q1',
				periodTo: '2024-Q1',
				kind: 'verklaring',
				body: 'De groei komt voor een groot deel door de nieuwe vrijwilligers van het taalcafé. Een paar van hen waren eerst zelf bezoeker.',
				authorRole: 'coördinator vrijwilligers, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'MZ_INBEELD',
				area: 'WK054608',
				periodFrom: '2022-Q1',
				periodTo: '2024-Q1',
				kind: 'context',
				body: 'Het aantal groeit langzaam. Veel mantelzorgers zien zichzelf niet zo en melden zich niet. Wie via de huisarts of school binnenkomt, blijft vaak wel in beeld.',
				authorRole: 'coördinator vrijwilligers, Buurtkracht',
				visibility: 'partners'
			},
			{
				indicator: 'BEWINIT',
				area: 'WK054601',
				periodFrom: '2024-Q1',
				periodTo: '2024-Q1',
				kind: 'vraag',
				body: 'Het aantal initiatieven is laag, maar een paar initiatieven lopen het hele jaar door. Is een aantal per kwartaal wel de goede maat voor dit werk?',
				authorRole: 'contractmanager, gemeente Leiden',
				visibility: 'intern'
			}
		],
		conclusions: [
			{
				body: 'De cijfers over unieke deelnemers vanaf 2024 zijn niet te vergelijken met de jaren daarvoor. Het dashboard laat de breuk in de reeks zien en rapportages noemen het.',
				visibility: 'openbaar'
			},
			{
				body: 'De dip in de zomer is te verwachten. De vraag is of de kwetsbaarste bewoners in de zomer in beeld blijven.',
				visibility: 'partners'
			}
		],
		afspraken: [
			{
				body: 'Een zomerprogramma 2024 met minstens één vaste ontmoetingsochtend per week in Leiden-Noord en Merenwijk.',
				owner: 'teamleider opbouwwerk, Buurtkracht',
				deadline: '2024-07-01',
				status: 'afgerond',
				visibility: 'openbaar'
			},
			{
				body: 'Uitleg over de nieuwe telling van unieke deelnemers op de indicatorpagina zetten.',
				owner: 'beleidsmedewerker, gemeente Leiden',
				deadline: '2024-09-01',
				status: 'afgerond',
				visibility: 'openbaar'
			},
			{
				body: 'Mantelzorgers in Merenwijk beter in beeld brengen via de huisartsenpraktijken.',
				owner: 'mantelzorgconsulent, Buurtkracht',
				deadline: '2024-12-31',
				status: 'afgerond',
				visibility: 'partners'
			}
		]
	},
	{
		title: 'Duidingssessie Stevenshofdistrict, K3 2024',
		heldOn: '2024-11-28',
		kind: 'duidingssessie',
		status: 'afgerond',
		wijken: ['WK054609'],
		theme: 'opgroeien',
		participants: [
			{ role: 'wijkmanager', organisation: 'gemeente' },
			{ role: 'beleidsmedewerker jeugd', organisation: 'gemeente' },
			{ role: 'teamleider jongerenwerk', organisation: 'jongsamen' },
			{ role: 'jongerenwerker', organisation: 'jongsamen' },
			{ role: 'opbouwwerker', organisation: 'buurtkracht' },
			{ role: 'bewoner (uitgenodigd door Jong & Samen)', organisation: 'jongsamen' }
		],
		agenda: [
			{ indicator: 'JONG_BEREIK', area: 'WK054609' },
			{ indicator: 'JONG_COACH', area: 'WK054609' },
			{ indicator: 'OPV_VRAGEN', area: 'WK054609' },
			{ indicator: 'EENZAAM', area: 'WK054609' }
		],
		notes: [
			{
				indicator: 'JONG_BEREIK',
				area: 'WK054609',
				periodFrom: '2024-Q1',
				periodTo: '2024-Q3',
				kind: 'verklaring',
				body: 'Sinds januari is er geen vaste jongerenwerker in Stevenshof. Collega\'s vielen één avond per week in. De daling laat zien dat er iemand mist, niet dat er minder jongeren zijn.',
				authorRole: 'teamleider jongerenwerk, Jong & Samen',
				visibility: 'openbaar'
			},
			{
				indicator: 'JONG_BEREIK',
				area: 'WK054609',
				periodFrom: '2024-Q3',
				periodTo: '2024-Q3',
				kind: 'tegenspraak',
				body: 'Op straat zie ik niet minder jongeren, eerder meer. Ze zijn er wel, alleen spreekt niemand ze nog aan.',
				authorRole: 'bewoner, uitgenodigd door Jong & Samen',
				visibility: 'openbaar'
			},
			{
				indicator: 'JONG_COACH',
				area: 'WK054609',
				periodFrom: '2024-Q1',
				periodTo: '2024-Q3',
				kind: 'signaal',
				body: 'Lopende trajecten zijn overgenomen door een collega uit Merenwijk, maar nieuwe trajecten zijn bijna niet gestart. Er zijn jongeren die wachten.',
				authorRole: 'jongerenwerker, Jong & Samen',
				visibility: 'partners'
			},
			{
				indicator: 'OPV_VRAGEN',
				area: 'WK054609',
				periodFrom: '2024-Q3',
				periodTo: '2024-Q3',
				kind: 'vraag',
				body: 'Zijn ouders met hun vragen naar school of de huisarts gegaan nu het jongerenwerk minder zichtbaar is? Dat weten we niet.',
				authorRole: 'beleidsmedewerker jeugd, gemeente Leiden',
				visibility: 'partners'
			},
			{
				indicator: 'JEUGDHULP',
				area: 'WK054609',
				periodFrom: '2024-H1',
				periodTo: '2024-H1',
				kind: 'context',
				body: 'Het aandeel jongeren met jeugdhulp bleef in het eerste halfjaar ongeveer gelijk. Het is te vroeg om een verband te leggen met het missen van een jongerenwerker.',
				authorRole: 'beleidsmedewerker jeugd, gemeente Leiden',
				visibility: 'intern'
			},
			{
				indicator: 'EENZAAM',
				area: 'WK054609',
				periodFrom: '2023',
				periodTo: '2023',
				kind: 'context',
				body: 'Volgens de enquête van 2023 voelt ongeveer de helft van de volwassenen zich wel eens eenzaam, meer dan in de stad als geheel. Bewoners noemen ook jonge volwassenen die weinig contacten hebben.',
				authorRole: 'opbouwwerker, Buurtkracht',
				visibility: 'openbaar'
			}
		],
		conclusions: [
			{
				body: 'De daling van het bereik in 2024 komt door de vacature, niet doordat jongeren minder nodig hebben.',
				visibility: 'openbaar'
			},
			{
				body: 'In een klein team maakt één vacature meteen een gat in het contact met jongeren. Er is een plan nodig voor vervanging.',
				visibility: 'raad'
			}
		],
		afspraken: [
			{
				body: 'De vacature voor jongerenwerker in Stevenshof met voorrang invullen.',
				owner: 'teamleider jongerenwerk, Jong & Samen',
				deadline: '2025-01-15',
				status: 'afgerond',
				visibility: 'openbaar'
			},
			{
				body: 'Eerst langsgaan bij de jongeren die voor de vacature contact hadden en nu niet meer.',
				owner: 'jongerenwerker, Jong & Samen',
				deadline: '2025-02-28',
				status: 'afgerond',
				visibility: 'partners'
			},
			{
				body: 'Afspraken maken over vervanging bij langdurige vacatures in kleine wijkteams.',
				owner: 'beleidsmedewerker jeugd, gemeente Leiden',
				deadline: '2025-03-31',
				status: 'vervallen',
				visibility: 'partners'
			}
		]
	},
	{
		title: 'Duidingssessie Leiden-Noord, K2 2025',
		heldOn: '2025-09-18',
		kind: 'duidingssessie',
		status: 'afgerond',
		wijken: ['WK054603'],
		theme: null,
		participants: [
			{ role: 'wijkmanager', organisation: 'gemeente' },
			{ role: 'beleidsmedewerker', organisation: 'gemeente' },
			{ role: 'opbouwwerker', organisation: 'buurtkracht' },
			{ role: 'coördinator taalcafé', organisation: 'buurtkracht' },
			{ role: 'medewerker inloopspreekuur', organisation: 'sleutelstad' },
			{ role: 'huisarts (uitgenodigd door Sleutelstad)', organisation: 'sleutelstad' },
			{ role: 'jongerenwerker', organisation: 'jongsamen' },
			{ role: 'bewoner (uitgenodigd door Buurtkracht)', organisation: 'buurtkracht' }
		],
		agenda: [
			{ indicator: 'DEELN_UNIEK', area: 'WK054603' },
			{ indicator: 'VRAGEN_GELD', area: 'WK054603', question: 'De energiecrisis is voorbij. Waarom blijven de geldvragen zo hoog?' },
			{ indicator: 'BEZOEK_INLOOP', area: 'WK054603' },
			{ indicator: 'BEREIK_TAAL', area: 'WK054603', question: 'Wat heeft het taalcafé nodig om verder te groeien?' },
			{ indicator: 'EENZAAM', area: 'WK054603', question: 'Klopt het cijfer met wat u in de wijk ziet?' },
			{ indicator: 'JONG_BEREIK', area: 'WK054603' }
		],
		notes: [
			{
				indicator: 'DEELN_UNIEK',
				area: 'WK054603',
				periodFrom: '2024-Q1',
				periodTo: '2025-Q2',
				kind: 'verklaring',
				body: 'Met de nieuwe telling is de lijn stabiel en stijgt hij langzaam. Wie 2025 met 2023 vergelijkt, ziet een daling die er in werkelijkheid niet is.',
				authorRole: 'opbouwwerker, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'DEELN_UNIEK',
				area: 'WK054603',
				periodFrom: '2024-Q3',
				periodTo: '2024-Q3',
				kind: 'context',
				body: 'Ook in de zomer van 2024 was er een dip, maar dankzij de vaste ontmoetingsochtend uit het zomerprogramma bleven de vaste bezoekers in beeld.',
				authorRole: 'opbouwwerker, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'VRAGEN_GELD',
				area: 'WK054603',
				periodFrom: '2023-Q3',
				periodTo: '2025-Q2',
				kind: 'signaal',
				body: 'Na de energiecrisis is het aantal vragen niet teruggegaan naar het oude niveau. De vragen gaan nu meer over huur en vaste lasten, en mensen hebben langer hulp nodig.',
				authorRole: 'medewerker inloopspreekuur, Sleutelstad',
				visibility: 'openbaar'
			},
			{
				indicator: 'BEZOEK_INLOOP',
				area: 'WK054603',
				periodFrom: '2025-Q1',
				periodTo: '2025-Q2',
				kind: 'verklaring',
				body: 'Het zaterdagspreekuur, een afspraak uit de sessie van 2023, trekt elke zaterdag vijftien tot twintig bezoeken. Het zijn vooral mensen die doordeweeks werken.',
				authorRole: 'medewerker inloopspreekuur, Sleutelstad',
				visibility: 'openbaar'
			},
			{
				indicator: 'BEREIK_TAAL',
				area: 'WK054603',
				periodFrom: '2023-Q2',
				periodTo: '2025-Q2',
				kind: 'verklaring',
				body: 'Het taalcafé is nu twee avonden per week open. De groei stopt niet door te weinig bezoekers maar door te weinig vrijwilligers: er is een wachtlijst voor een taalmaatje.',
				authorRole: 'coördinator taalcafé, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'EENZAAM',
				area: 'WK054603',
				periodFrom: '2021',
				periodTo: '2023',
				kind: 'tegenspraak',
				body: 'Het cijfer klopt met wat ik zie, maar de mensen die het meest alleen zijn, vullen geen enquête in. Ik denk dat het in werkelijkheid hoger is.',
				authorRole: 'bewoner, uitgenodigd door Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'EENZAAM',
				area: 'WK054603',
				periodFrom: '2023',
				periodTo: '2023',
				kind: 'signaal',
				body: 'In mijn spreekuur hebben veel klachten te maken met eenzaamheid. We verwijzen deze patiënten nu vaker naar de welzijnscoach.',
				authorRole: 'huisarts, uitgenodigd door Sleutelstad',
				visibility: 'openbaar'
			},
			{
				indicator: 'JONG_BEREIK',
				area: 'WK054603',
				periodFrom: '2025-Q1',
				periodTo: '2025-Q2',
				kind: 'vraag',
				body: 'Het bereik is stabiel, maar sinds het jongerencentrum op vrijdag vroeg dichtgaat, staan jongeren bij het winkelcentrum. Tellen die contacten op straat wel altijd mee?',
				authorRole: 'jongerenwerker, Jong & Samen',
				visibility: 'partners'
			}
		],
		conclusions: [
			{
				body: 'Het zaterdagspreekuur uit de sessie van 2023 werkt en blijft bestaan.',
				visibility: 'openbaar'
			},
			{
				body: 'De geldvragen blijven hoger dan voor 2022. Dit is het nieuwe normaal, geen tijdelijke piek.',
				visibility: 'openbaar'
			},
			{
				body: 'Het taalcafé bereikt mensen die andere activiteiten niet bereiken. De groei hangt af van het aantal vrijwilligers.',
				visibility: 'openbaar'
			}
		],
		afspraken: [
			{
				body: 'Tien extra taalmaatjes werven in Leiden-Noord.',
				owner: 'coördinator taalcafé, Buurtkracht',
				deadline: '2027-03-31',
				status: 'loopt',
				visibility: 'openbaar'
			},
			{
				body: 'Met de jongeren bij het winkelcentrum praten over een plek voor de vrijdagavond.',
				owner: 'jongerenwerker, Jong & Samen',
				deadline: '2027-01-31',
				status: 'loopt',
				visibility: 'openbaar'
			},
			{
				body: 'Onderzoeken of het jongerencentrum op vrijdag langer open kan.',
				owner: 'wijkmanager, gemeente Leiden',
				deadline: '2027-02-28',
				status: 'open',
				visibility: 'partners'
			},
			{
				body: 'In de volgende sessie laten zien hoeveel geldvragen van nieuwe en hoeveel van bekende huishoudens komen.',
				owner: 'informatiemanager, Sleutelstad',
				deadline: '2026-01-15',
				status: 'open',
				visibility: 'partners'
			}
		]
	},
	{
		title: 'Themasessie Gezondheid en mantelzorg, 2025',
		heldOn: '2025-11-06',
		kind: 'duidingssessie',
		status: 'afgerond',
		wijken: ['WK054603', 'WK054606', 'WK054608'],
		theme: 'gezondheid',
		participants: [
			{ role: 'facilitator', organisation: 'gemeente' },
			{ role: 'beleidsmedewerker gezondheid', organisation: 'gemeente' },
			{ role: 'welzijnscoach', organisation: 'sleutelstad' },
			{ role: 'huisarts (uitgenodigd door Sleutelstad)', organisation: 'sleutelstad' },
			{ role: 'praktijkondersteuner (uitgenodigd door Sleutelstad)', organisation: 'sleutelstad' },
			{ role: 'mantelzorgconsulent', organisation: 'buurtkracht' },
			{ role: 'bewoner en mantelzorger (uitgenodigd door Buurtkracht)', organisation: 'buurtkracht' }
		],
		agenda: [
			{ indicator: 'WOR_VERW', area: 'WK054603' },
			{ indicator: 'WOR_VERW', area: 'WK054606' },
			{ indicator: 'GEZCHECK', area: 'WK054608' },
			{ indicator: 'MZ_INBEELD', area: 'WK054603' },
			{ indicator: 'MZ_OVERBELAST', area: 'WK054603' }
		],
		notes: [
			{
				indicator: 'WOR_VERW',
				area: 'GM0546',
				periodFrom: '2022-Q1',
				periodTo: '2025-Q3',
				kind: 'verklaring',
				body: 'De verwijzingen groeien elk jaar, omdat steeds meer huisartsenpraktijken meedoen. In 2022 waren het er een paar, nu doet de meerderheid mee.',
				authorRole: 'welzijnscoach, Sleutelstad',
				visibility: 'openbaar'
			},
			{
				indicator: 'WOR_VERW',
				area: 'WK054606',
				periodFrom: '2025-Q1',
				periodTo: '2025-Q3',
				kind: 'signaal',
				body: 'Patiënten komen minder vaak terug met klachten die niet medisch zijn. Maar de wachttijd voor een welzijnscoach is nu ongeveer vier weken.',
				authorRole: 'huisarts, uitgenodigd door Sleutelstad',
				visibility: 'partners'
			},
			{
				indicator: 'WOR_VERW',
				area: 'WK054603',
				periodFrom: '2025-Q3',
				periodTo: '2025-Q3',
				kind: 'context',
				body: 'De extra uren voor welzijnscoaches worden tot eind 2026 betaald uit tijdelijk geld. Zonder nieuw besluit kan de groei niet doorgaan.',
				authorRole: 'beleidsmedewerker gezondheid, gemeente Leiden',
				visibility: 'raad'
			},
			{
				indicator: 'GEZCHECK',
				area: 'WK054608',
				periodFrom: '2024-Q2',
				periodTo: '2025-Q3',
				kind: 'vraag',
				body: 'Hoeveel mensen met een te hoge bloeddruk of suiker zijn na de check echt naar de huisarts gegaan? Dat wordt nu niet vastgelegd.',
				authorRole: 'praktijkondersteuner, uitgenodigd door Sleutelstad',
				visibility: 'partners'
			},
			{
				indicator: 'MZ_INBEELD',
				area: 'WK054603',
				periodFrom: '2021-Q1',
				periodTo: '2025-Q3',
				kind: 'context',
				body: 'Het aantal mantelzorgers in beeld groeit langzaam. Veel mensen noemen zichzelf geen mantelzorger, ook als ze elke dag zorgen.',
				authorRole: 'mantelzorgconsulent, Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'MZ_OVERBELAST',
				area: 'WK054603',
				periodFrom: '2021',
				periodTo: '2025',
				kind: 'signaal',
				body: 'Het cijfer laat een kleine stijging zien. In mijn omgeving is bijna iedere mantelzorger moe; ik vind het cijfer nog mild.',
				authorRole: 'bewoner en mantelzorger, uitgenodigd door Buurtkracht',
				visibility: 'openbaar'
			},
			{
				indicator: 'MZ_OVERBELAST',
				area: 'GM0546',
				periodFrom: '2025',
				periodTo: '2025',
				kind: 'datakanttekening',
				body: 'Het cijfer van 2025 komt uit de nieuwe Gezondheidsmonitor. Per wijk hebben maar weinig mantelzorgers de vragenlijst ingevuld, dus lees kleine verschillen tussen wijken met voorzichtigheid.',
				authorRole: 'beleidsmedewerker gezondheid, gemeente Leiden',
				visibility: 'openbaar'
			}
		],
		conclusions: [
			{
				body: 'Welzijn op Recept groeit omdat huisartsen erop vertrouwen. De beperking is nu het aantal uren van de welzijnscoaches.',
				visibility: 'openbaar'
			},
			{
				body: 'Mantelzorgers zijn nog steeds moeilijk te bereiken. Via de huisartsenpraktijk lukt het het best.',
				visibility: 'openbaar'
			}
		],
		afspraken: [
			{
				body: 'Een voorstel aan de raad voor vaste financiering van de welzijnscoaches.',
				owner: 'beleidsmedewerker gezondheid, gemeente Leiden',
				deadline: '2027-03-01',
				status: 'open',
				visibility: 'raad'
			},
			{
				body: 'Bij gezondheidschecks met toestemming vastleggen of iemand met te hoge waarden naar de huisarts is gegaan.',
				owner: 'welzijnscoach, Sleutelstad',
				deadline: '2027-01-31',
				status: 'loopt',
				visibility: 'partners'
			},
			{
				body: 'Een mantelzorgspreekuur starten in twee huisartsenpraktijken in Leiden-Noord.',
				owner: 'mantelzorgconsulent, Buurtkracht',
				deadline: '2027-02-28',
				status: 'open',
				visibility: 'openbaar'
			}
		]
	},
	{
		title: 'Duidingssessie Leiden-Noord, K4 2025',
		heldOn: '2026-12-17',
		kind: 'duidingssessie',
		status: 'gepland',
		wijken: ['WK054603'],
		theme: null,
		participants: [
			{ role: 'facilitator', organisation: 'gemeente' },
			{ role: 'wijkmanager', organisation: 'gemeente' },
			{ role: 'opbouwwerker', organisation: 'buurtkracht' },
			{ role: 'coördinator taalcafé', organisation: 'buurtkracht' },
			{ role: 'medewerker inloopspreekuur', organisation: 'sleutelstad' },
			{ role: 'jongerenwerker', organisation: 'jongsamen' }
		],
		agenda: [
			{ indicator: 'DEELN_UNIEK', area: 'WK054603' },
			{ indicator: 'VRAGEN_GELD', area: 'WK054603' },
			{ indicator: 'HUISBEZOEK', area: 'WK054603' },
			{ indicator: 'BEREIK_TAAL', area: 'WK054603' },
			{ indicator: 'JONG_BEREIK', area: 'WK054603' }
		],
		notes: [],
		conclusions: [],
		afspraken: []
	}
];
