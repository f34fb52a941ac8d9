/**
 * Common first names and surnames in the Netherlands, for the privacy check.
 *
 * Source: compiled by the Wijkbeeld authors from general knowledge of common Dutch names; no third-party
 * list copied. Licence: public domain (CC0). It covers names of several generations and of Dutch residents
 * with Moroccan, Turkish, Surinamese, Antillean, Indonesian, Moluccan and Polish roots. It is a small
 * sample, not a register: a name missing here is found only through a title ("mevrouw Smulders") or
 * initials ("J. Smulders").
 */

export const FIRST_NAMES: readonly string[] = [
	// older generations
	'Jan', 'Piet', 'Kees', 'Henk', 'Gerrit', 'Willem', 'Hendrik', 'Johannes', 'Cornelis', 'Pieter', 'Klaas', 'Dirk', 'Jaap', 'Joop', 'Wim', 'Hans', 'Arie', 'Ad',
	'Anton', 'Bert', 'Cor', 'Dick', 'Frans', 'Fred', 'Gerard', 'Harry', 'Herman', 'Jacob', 'Jacobus', 'Johan', 'Jos', 'Karel', 'Leo', 'Nico', 'Rinus', 'Theo',
	'Ton', 'Adriaan', 'Albert', 'Evert', 'Harm', 'Hein', 'Huib', 'Aart', 'Bep', 'Toos', 'Maria', 'Anna', 'Johanna', 'Cornelia', 'Wilhelmina', 'Elisabeth',
	'Hendrika', 'Geertruida', 'Truus', 'Riet', 'Ria', 'Tiny', 'Annie', 'Mies', 'Nel', 'Corrie', 'Greet', 'Joke', 'Els', 'Ans', 'Gerda', 'Henny', 'Trudy', 'Wilma',
	'Dini', 'Lenie', 'Rie', 'Sjaan', 'Tineke', 'Betsy', 'Jannie', 'Marietje', 'Aaltje', 'Grietje',
	// middle generations
	'Peter', 'Paul', 'Erik', 'Eric', 'Frank', 'Marco', 'Mark', 'Martin', 'Michel', 'Richard', 'Robert', 'Ronald', 'René', 'Rob', 'Ruud', 'Sander', 'Stefan',
	'Jeroen', 'Joost', 'Koen', 'Maarten', 'Mike', 'Dennis', 'Patrick', 'Arjan', 'Gert', 'Marcel', 'Edwin', 'Remco', 'Wouter', 'Vincent', 'Jurgen', 'Lex',
	'Sjoerd', 'Anja', 'Anneke', 'Annemarie', 'Astrid', 'Carla', 'Caroline', 'Daphne', 'Esther', 'Ellen', 'Heleen', 'Ingrid', 'Inge', 'Janneke', 'Karin',
	'Linda', 'Marieke', 'Marjolein', 'Marloes', 'Mirjam', 'Monique', 'Nicole', 'Petra', 'Renate', 'Sandra', 'Saskia', 'Sylvia', 'Wendy', 'Yvonne', 'Ilse',
	'Judith', 'Kirsten', 'Manon', 'Mariska', 'Marleen', 'Martine', 'Patricia', 'Sabine', 'Hanneke', 'Jolanda', 'Loes', 'Marian', 'Marianne', 'Miranda',
	'Rianne', 'Willeke', 'Chantal', 'Jennifer', 'Melissa', 'Natasja', 'Tamara', 'Priscilla', 'Denise', 'Joyce', 'Sharon', 'Shirley', 'Anita', 'Bianca',
	// younger generations
	'Bart', 'Bas', 'Bram', 'Daan', 'Sem', 'Lucas', 'Levi', 'Luuk', 'Milan', 'Noah', 'Finn', 'Jesse', 'Thijs', 'Stijn', 'Ruben', 'Tim', 'Tom', 'Thomas', 'Niels',
	'Lars', 'Gijs', 'Hugo', 'Jasper', 'Jelle', 'Jens', 'Joris', 'Julian', 'Max', 'Olivier', 'Sven', 'Teun', 'Tijn', 'Rik', 'Wessel', 'Jayden', 'Dylan', 'Sam',
	'Adam', 'Mees', 'Tygo', 'Ryan', 'Mats', 'Siem', 'Boaz', 'Hidde', 'Floris', 'Guus', 'Job', 'Jurre', 'Pepijn', 'Quinten', 'Rens', 'Roel', 'Sietse', 'Tobias',
	'Xander', 'Ben', 'Emma', 'Julia', 'Sophie', 'Sanne', 'Eva', 'Anne', 'Fleur', 'Femke', 'Lieke', 'Noa', 'Tess', 'Sara', 'Sarah', 'Nina', 'Zoë', 'Mila', 'Yara',
	'Saar', 'Liv', 'Nora', 'Roos', 'Fenna', 'Isa', 'Lynn', 'Evi', 'Maud', 'Floor', 'Amber', 'Jade', 'Merel', 'Naomi', 'Demi', 'Romy', 'Lisa', 'Laura', 'Lotte',
	'Iris', 'Kim', 'Hanna', 'Hannah', 'Jasmijn', 'Lieve', 'Sofie', 'Vera', 'Pien', 'Puck', 'Noor', 'Ilona', 'Lina', 'Mare', 'Mei', 'Juni',
	// Moroccan and Arabic
	'Mohamed', 'Mohammed', 'Muhammad', 'Ahmed', 'Ahmad', 'Ali', 'Mustafa', 'Hassan', 'Hamza', 'Ibrahim', 'Omar', 'Karim', 'Rachid', 'Said', 'Bilal', 'Ayoub',
	'Yassin', 'Youssef', 'Mahmoud', 'Abdullah', 'Khalid', 'Mourad', 'Nordin', 'Driss', 'Fatima', 'Khadija', 'Aicha', 'Aisha', 'Samira', 'Nadia', 'Naima',
	'Meryem', 'Souad', 'Malika', 'Salma', 'Yasmina', 'Hanan', 'Imane', 'Amina', 'Zineb', 'Hafsa', 'Houda', 'Latifa', 'Rachida', 'Zohra',
	// Turkish
	'Mehmet', 'Ahmet', 'Murat', 'Emre', 'Hakan', 'Burak', 'Yusuf', 'Kerem', 'Can', 'Ömer', 'Omer', 'Hüseyin', 'Huseyin', 'Ayşe', 'Ayse', 'Fatma', 'Emine',
	'Zeynep', 'Elif', 'Esra', 'Merve', 'Büşra', 'Busra', 'Hatice', 'Songül', 'Songul', 'Özlem', 'Ozlem', 'Derya', 'Gül', 'Sevgi',
	// Surinamese, Antillean, Indonesian, Moluccan
	'Jermaine', 'Romano', 'Rajesh', 'Ravi', 'Sunil', 'Anand', 'Ashwin', 'Radjesh', 'Priya', 'Shanti', 'Sita', 'Sharda', 'Kavita', 'Marlon', 'Glenn', 'Xaviera',
	'Budi', 'Agus', 'Hendra', 'Rudy', 'Dewi', 'Sri', 'Ratna', 'Wulan', 'Johnny', 'Yolanda',
	// Polish, Ukrainian, Syrian, Eritrean
	'Piotr', 'Tomasz', 'Andrzej', 'Agnieszka', 'Katarzyna', 'Oksana', 'Olena', 'Dmytro', 'Yonas', 'Semhar', 'Tesfay', 'Rami', 'Rania', 'Lama'
];

/** Surnames without tussenvoegsel ("Vries" for "de Vries", "Berg" for "van den Berg"). */
export const SURNAMES: readonly string[] = [
	'Jansen', 'Janssen', 'Vries', 'Berg', 'Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Meyer', 'Boer', 'Mulder', 'Groot', 'Bos', 'Vos', 'Peters', 'Hendriks',
	'Leeuwen', 'Dekker', 'Brouwer', 'Wit', 'Dijkstra', 'Smits', 'Graaf', 'Linden', 'Kok', 'Jacobs', 'Haan', 'Vermeulen', 'Heuvel', 'Veen', 'Broek', 'Bruijn',
	'Bruin', 'Heijden', 'Schouten', 'Beek', 'Willems', 'Vliet', 'Ven', 'Hoekstra', 'Maas', 'Verhoeven', 'Koster', 'Wijk', 'Prins', 'Post', 'Kuipers', 'Leeuw',
	'Huisman', 'Peeters', 'Vink', 'Bosch', 'Timmermans', 'Kramer', 'Wal', 'Meer', 'Dam', 'Postma', 'Schipper', 'Kuijpers', 'Willemsen', 'Verbeek', 'Smeets',
	'Jong', 'Hermans', 'Gerritsen', 'Boon', 'Koning', 'Jonker', 'Veenstra', 'Mol', 'Lange', 'Werff', 'Evers', 'Zwart', 'Bouwman', 'Wouters', 'Kuiper',
	'Martens', 'Claassen', 'Molenaar', 'Scholten', 'Goossens', 'Hoek', 'Brink', 'Vermeer', 'Rossum', 'Blom', 'Sanders', 'Koopman', 'Westerveld', 'Kerkhof',
	'Oosterhuis', 'Hofman', 'Terpstra', 'Zijlstra', 'Bosman', 'Dijkman', 'Hoogendoorn', 'Jonkman', 'Verschoor', 'Zwaan', 'Ruiter', 'Kamp', 'Laan', 'Vis',
	'Boersma', 'Wijnands', 'Verhagen', 'Hoogland', 'Kooistra', 'Pols', 'Steenbergen', 'Heemskerk', 'Zandvliet', 'Schreuder', 'Brands', 'Roos',
	// Moroccan
	'Amrani', 'Bouzid', 'Boukhari', 'Bakkali', 'Idrissi', 'Benali', 'Haddou', 'Tahiri', 'Azzouzi', 'Ouazzani', 'Chaoui', 'Mansouri', 'Belhaj', 'Khattabi',
	'Ouali', 'Ahmadi', 'Hamdaoui', 'Aouragh', 'Boulahrouz', 'Ziani', 'Yahyaoui', 'Messaoudi', 'Ouarghi',
	// Turkish
	'Yilmaz', 'Yılmaz', 'Kaya', 'Demir', 'Şahin', 'Sahin', 'Çelik', 'Celik', 'Yıldız', 'Yildiz', 'Öztürk', 'Ozturk', 'Aydın', 'Aydin', 'Arslan', 'Doğan', 'Dogan',
	'Kılıç', 'Kilic', 'Aslan', 'Çetin', 'Cetin', 'Koç', 'Koc', 'Kurt', 'Özdemir', 'Ozdemir', 'Polat', 'Erdoğan', 'Erdogan', 'Güler', 'Guler', 'Akbulut',
	// Surinamese, Antillean, Indonesian, Moluccan
	'Ramdin', 'Tjon', 'Ramdas', 'Jagesar', 'Ramsaran', 'Kalloe', 'Biharie', 'Sewnath', 'Mahabier', 'Lachman', 'Pinas', 'Kartodikromo', 'Sitaram', 'Soekhoe',
	'Martina', 'Isenia', 'Francisca', 'Tan', 'Lim', 'Liem', 'Tjoa', 'Latuheru', 'Pattipeilohy', 'Tuhumury', 'Manuhutu', 'Sahetapy', 'Wattimena', 'Pattinama',
	// Polish
	'Kowalski', 'Nowak', 'Wiśniewski', 'Wisniewski', 'Kowalczyk', 'Lewandowski'
];
