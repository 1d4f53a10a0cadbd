#!/usr/bin/env python3
"""Writes crisis/gen-<lang>.tsv: the WellbeingKit crisis corpus, second part (issue 16).

Every sentence below was written for this project (Apache-2.0); nothing is copied from any data set. Each base
sentence is expanded deterministically into informal variants (lower case, no accents, no apostrophes, a discourse
marker before, an emoji or filler after) so the models see the way people type in chat. Run from the repository root:
    python3 src/WellbeingKit.ML.Training/training-data/generate_corpus.py
The output is committed; the script only documents (and reproduces) how it was made.
"""
import unicodedata, pathlib

OUT = pathlib.Path(__file__).parent / "crisis"

def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")

# category codes
SI, SH, AB, HO, NO = "suicidal-ideation", "self-harm", "abuse", "harm-to-others", "none"

DATA = {
"es": {
 # Session 7 (es-model): the same few fillers on both sides, so they teach nothing. Before, only crisis lines carried
 # "ya no puedo" / "no se que hacer" and only negatives "jaja" / "lol", and every base sentence was written 12 times:
 # the model learnt the fillers and the templates rather than what a sentence says.
 "pre": ["", "la verdad "],
 "post": ["", " 😔", "..."],
 "neg_pre": ["", "la verdad "],
 "neg_post": ["", " 😔", "..."],
 SI: ["quiero morirme", "me quiero morir", "ya no quiero vivir", "no quiero seguir viviendo", "quisiera estar muerta",
      "quisiera no despertar nunca", "ojalá me muera pronto", "ojalá me muera dormida", "pienso en suicidarme",
      "he pensado en quitarme la vida", "estoy pensando en matarme", "voy a acabar con todo esta noche",
      "ya tengo todo listo para irme", "ya escribí mi carta de despedida", "no le veo sentido a la vida",
      "estarían mejor sin mí", "soy una carga para todos", "no aguanto más esta vida", "quiero desaparecer para siempre",
      "me quiero quitar la vida", "ya no tengo razones para vivir", "me voy a suicidar", "quiero dormir y no despertar",
      "ya me despedí de mi familia", "regalé mis cosas porque ya no las voy a necesitar", "encárguense de mis plantas cuando me haya ido",
      "gracias por todo, adiós para siempre", "cuántas pastillas hacen falta para no despertar",
      "qué tan alto tiene que ser un edificio para no sobrevivir", "dónde se puede comprar algo para acabar con todo",
      "ya no quiero existir", "mejor me muero", "morirme sería un alivio", "no veo otra salida que morir",
      "ya me cansé de vivir", "me rindo con la vida", "esta es mi última noche", "si me muero nadie lo notaría",
      # issue 16, round 3: more wording per kind (goodbye, giving away, imminent, lethality questions, indirect, slang,
      # partner violence, child abuse, harm to others with a means or plan)
      "gracias por todo, nunca los voy a olvidar, adiós", "perdónenme por lo que voy a hacer", "este es mi último mensaje para ustedes", "les dejé una carta a cada uno en mi cuarto", "cuando lean esto ya no voy a estar", "me despido de todos, los quise mucho", "fueron lo mejor que me pasó en la vida, adiós", "no me busquen, ya me fui", "cuiden mucho a mi mamá cuando yo no esté", "chao a todos, fue lindo conocerlos", "ya repartí mis cosas, no las voy a necesitar", "le dejé mi perro a mi vecina porque ya no voy a estar", "quédate con mi ropa, a mí ya no me sirve", "te regalo mi celular, ya no lo voy a usar", "que mi hermano se quede con mis cosas cuando no esté", "ya estoy arriba del edificio", "me tomé un montón de pastillas hace un rato", "hoy lo hago, ya lo decidí", "ya tengo todo listo para esta noche", "estoy en el puente y no voy a bajar", "no llego a mañana", "a partir de qué altura una caída es mortal", "cuál es la manera más rápida de morir", "qué pasa si me tomo toda la caja de pastillas", "cuánto tarda en hacer efecto una sobredosis", "dónde puedo conseguir algo letal", "sería más fácil para todos si yo no estuviera", "nadie notaría si me muero mañana", "mi familia estaría más tranquila sin mí", "quisiera no haber nacido nunca", "ya no le encuentro sentido a nada", "ya no voy a ser un problema para nadie", "neta ya no quiero vivir", "ya no quiero existir wey", "tengo ganas de quitarme la vida", "pienso en suicidarme cada noche", "me quiero morir boludo", "ya me quiero ir de este mundo", "no tiene sentido seguir respirando", "ya no aguanto, quiero que todo termine hoy"],
 SH: ["me corté otra vez", "volví a cortarme", "me hago daño para sentir algo", "me lastimo cuando estoy sola",
      "tengo ganas de cortarme", "me quemo la piel a propósito", "recaí y me corté anoche", "me golpeo la cabeza contra la pared",
      "escondo los cortes con manga larga", "no puedo dejar de hacerme daño",
      # issue 16, round 3: more wording per kind (goodbye, giving away, imminent, lethality questions, indirect, slang,
      # partner violence, child abuse, harm to others with a means or plan)
      "me hice rayitas otra vez", "volví a cortarme los brazos", "recaí con las cortadas", "me rasguño la piel hasta sangrar", "me quemé a propósito con un encendedor", "tengo cortes nuevos en las piernas", "me pego a mí misma cuando me enojo", "tengo el brazo lleno de marcas que me hice", "otra vez me lastimé las muñecas"],
 AB: ["mi padrastro entra a mi cuarto de noche", "mi papá me pega con lo que encuentra", "mi mamá me quema cuando me porto mal",
      "mi tío me toca y me dice que es un secreto", "me dicen que si cuento algo me va a ir peor", "mi novio me golpea",
      "mi esposo me amenaza con matarme", "mi pareja me ahorca cuando se enoja", "mi novio me encierra y me quita el teléfono",
      "me pegan en casa y tengo moretones", "un adulto me obliga a hacer cosas que no quiero", "mi hermano mayor abusa de mí",
      "mi padre me dejó marcas en la espalda", "tengo miedo de volver a casa por lo que me hacen",
      # issue 16, round 3: more wording per kind (goodbye, giving away, imminent, lethality questions, indirect, slang,
      # partner violence, child abuse, harm to others with a means or plan)
      "mi novio me empujó y me dejó moretones", "mi esposo me revisa el celular y me pega", "mi pareja me amenaza si la dejo", "mi marido no me deja salir de la casa", "mi ex me dijo que me va a matar si lo dejo", "mi novio me agarró del cuello anoche", "mi esposo me dio una cachetada delante de los niños", "mi pareja me controla el dinero y me encierra", "mi padrastro viene a mi cuarto cuando todos duermen", "mi abuelo me toca y me dice que no diga nada", "mi mamá me pega con la manguera cuando saco malas notas", "un señor me pide fotos y dice que es nuestro secreto", "mi tía me deja sin comer cuando me porto mal", "el novio de mi mamá me hace cosas feas de noche", "si le cuento a alguien lo que pasa en casa me va a ir peor", "tengo moretones porque en mi casa me castigan con el cable"],
 HO: ["voy a matar a mi jefe", "tengo un arma y lo voy a esperar", "mañana voy a lastimar a todos en la escuela",
      "me conseguí una navaja para esperarlo", "quiero hacerle daño a mi ex y ya sé cómo", "voy a prenderle fuego a su casa",
      "tengo la pistola de mi papá y voy a usarla",
      # issue 16, round 3: more wording per kind (goodbye, giving away, imminent, lethality questions, indirect, slang,
      # partner violence, child abuse, harm to others with a means or plan)
      "voy a llevar el arma de mi papá a la escuela", "tengo un cuchillo y lo voy a esperar a la salida", "quiero quemarle la casa a ese tipo", "se van a arrepentir todos el lunes", "voy a envenenar a mi jefe", "le voy a disparar a ese tipo cuando lo vea", "le voy a meter una puñalada cuando se duerma", "me compré un bate para esperarlo afuera de su casa", "ya sé a qué hora sale y se la voy a hacer pagar"],
 NO: ["me muero de risa", "me muero de hambre", "me muero de ganas de verte", "este calor me mata", "mi mamá me va a matar",
      "me mataron en el juego", "mi personaje murió otra vez", "el protagonista se suicida al final de la novela",
      "estudio la prevención del suicidio", "soy psicóloga y trabajo con pacientes en riesgo", "cómo pregunto a un alumno si piensa en el suicidio",
      "la canción dice que se muere de amor", "no quiero morir, solo estoy cansada", "no estoy pensando en suicidarme",
      "hace años quise morir y hoy estoy bien", "la terapia me ayudó y ya no me corto", "estoy agotada del trabajo",
      "no puedo dormir por los exámenes", "estoy estresado con la tesis", "qué sueño tengo", "tengo mucho trabajo esta semana",
      "mañana tengo examen y estoy nervioso", "me duele la cabeza de tanto estudiar", "estoy harta del tráfico",
      "las noticias hablan de suicidios en el campo", "la película trata de un asesino", "matar el tiempo viendo series",
      "el partido estuvo de muerte", "me quedé muerta de sueño", "qué ganas de desaparecer de esta reunión jaja",
      "si me ponen otro examen me muero jaja", "me voy a morir de aburrimiento", "mi profe me va a matar", "gracias a dios ya estoy mejor",
      "que dios te bendiga", "hola", "hola a todos", "buenos días", "buenas tardes", "voy a prepararme la cena", "tengo que prepararme para el examen",
      "voy a arreglarme para salir", "quiero comprarme unos zapatos", "a dormir que mañana madrugo", "me voy a duchar", "voy a acostarme temprano",
      "necesito relajarme un poco", "quiero irme de vacaciones", "voy a cambiarme de ropa", "me encanta dormir la siesta", "qué tal estás", "feliz cumpleaños amiga", "qué bonito día", "me encanta esta canción", "buenas noches a todos",
      "no quiero morir, quiero que todo mejore", "antes me cortaba y hoy llevo dos años bien", "la psicóloga me ayudó mucho"],
},
"fr": {
 "pre": ["", "franchement ", "bon ", "jsais pas ", "honnêtement ", "ce soir "],
 "post": ["", " 😔", " jen peux plus", " vraiment", "..."],
 "neg_pre": ["", "mdr ", "bon ", "ptdr "],
 "neg_post": ["", " mdr", " 😅", " lol"],
 SI: ["je veux mourir", "j'ai envie de mourir", "je veux plus vivre", "je ne veux plus vivre", "je voudrais être morte",
      "j'aimerais m'endormir pour toujours", "j'aimerais mourir", "je pense à me suicider", "j'ai pensé à mettre fin à mes jours",
      "je pense à me tuer", "je vais en finir ce soir", "tout est prêt pour partir", "j'ai écrit ma lettre d'adieu",
      "la vie n'a plus de sens", "tout le monde serait mieux sans moi", "je suis un poids pour tout le monde",
      "je supporte plus cette vie", "je veux disparaître pour toujours", "je veux en finir avec la vie",
      "j'ai plus de raison de vivre", "je vais me suicider", "je veux dormir et ne plus me réveiller",
      "j'ai dit adieu à ma famille", "j'ai donné mes affaires, j'en aurai plus besoin", "occupez-vous de mon chien après moi",
      "merci pour tout, adieu", "combien de cachets il faut pour ne pas se réveiller", "à quelle hauteur un pont est mortel",
      "je veux plus exister", "mourir serait un soulagement", "je vois pas d'autre issue que la mort", "je suis fatiguée de vivre",
      "c'est ma dernière nuit", "si je meurs personne le remarquera", "j'suis tannée de vivre",
      "j'en peux pu de ma vie", "je me tuerais bien ce soir"],
 SH: ["je me suis encore coupée", "je me suis scarifiée hier", "je me fais du mal pour ressentir quelque chose",
      "j'ai envie de me scarifier", "je me brûle exprès", "j'ai rechuté et je me suis coupé", "je me tape la tête contre le mur",
      "je cache mes coupures avec des manches longues", "j'arrive pas à arrêter de me faire du mal", "je me mutile encore"],
 AB: ["mon beau-père vient dans ma chambre la nuit", "mon père me frappe avec ce qu'il trouve", "ma mère me brûle quand je fais une bêtise",
      "mon oncle me touche et dit que c'est un secret", "si je parle ça sera pire pour moi", "mon copain me frappe",
      "mon mari menace de me tuer", "mon conjoint m'étrangle quand il est en colère", "mon copain m'enferme et prend mon téléphone",
      "on me frappe à la maison et j'ai des bleus", "un adulte m'oblige à faire des choses", "mon grand frère abuse de moi",
      "mon père m'a laissé des marques dans le dos", "j'ai peur de rentrer chez moi à cause de ce qu'on me fait"],
 HO: ["je vais tuer mon patron", "j'ai une arme et je vais l'attendre", "demain je vais blesser tout le monde au lycée",
      "j'ai pris une lame pour l'attendre ce soir", "je veux faire du mal à mon ex et je sais comment", "je vais mettre le feu à sa maison",
      "j'ai le fusil de mon père et je vais m'en servir"],
 NO: ["je suis mort de rire", "je meurs de faim", "je meurs d'envie de te voir", "cette chaleur me tue", "ma mère va me tuer",
      "je me suis fait tuer dans le jeu", "mon perso est mort encore", "le héros se suicide à la fin du roman",
      "j'étudie la prévention du suicide", "je suis psychologue et je travaille avec des patients à risque",
      "comment demander à un élève s'il pense au suicide", "la chanson parle de mourir d'amour", "je veux pas mourir, je suis juste fatiguée",
      "je pense pas à me suicider", "il y a des années je voulais mourir et aujourd'hui ça va", "la thérapie m'a aidée et je me coupe plus",
      "je suis crevée par le boulot", "je dors pas à cause des partiels", "je stresse pour mon mémoire", "j'ai trop sommeil",
      "j'ai beaucoup de travail cette semaine", "demain j'ai un exam et je stresse", "j'ai mal à la tête à force de réviser",
      "j'en ai marre des bouchons", "les infos parlent des suicides chez les agriculteurs", "le film parle d'un tueur",
      "tuer le temps devant des séries", "le match était mortel", "je suis morte de fatigue", "envie de disparaître de cette réunion mdr",
      "encore un partiel et je meurs mdr", "je vais mourir d'ennui", "mon prof va me tuer", "chu ben fatiguée à soir", "chu crevé",
      "bonne nuit tout le monde", "salut", "coucou tout le monde", "bonjour", "je vais me coucher", "je vais me préparer pour sortir",
      "je dois me préparer pour l'exam", "je vais me doucher", "j'ai besoin de me reposer", "je vais m'acheter des chaussures", "ça va et toi", "joyeux anniversaire ma belle", "quelle belle journée", "j'adore cette chanson", "merci beaucoup pour tout le travail",
      "je veux pas mourir, je veux que ça aille mieux", "avant je me coupais et ça fait deux ans que ça va", "la psy m'a beaucoup aidée",
      # issue 16, round 2: more hard negatives of the kinds that false-alarmed (hyperbole, games, fiction, lyrics, work
      # and study about suicide, news, negations, recovery), phrased differently from the written test sets
      "ce devoir de maths va me tuer", "je vais mourir de chaud dans ce bus", "j'ai failli mourir de peur devant le film",
      "je suis mort de honte", "cette prof me tue avec ses contrôles", "je crève de faim", "je vais crever de chaud",
      "si je rate mon bus je meurs", "ce lundi me tue", "je vais tuer mon frère il a mangé mes chips",
      "je veux disparaître de cette conversation", "je reste sous la couette jusqu'à lundi", "cette série va me tuer tellement c'est bien",
      "je me suis fait tuer par le boss final", "mon perso meurt tout le temps dans ce niveau", "on s'est fait tuer au dernier round",
      "j'ai enfin tué le dragon", "le sniper m'a encore eu", "game over encore une fois",
      "dans le film le personnage veut en finir mais son ami le sauve", "le roman raconte une fille qui veut disparaître",
      "la chanson parle d'un gars qui veut mourir", "dans le manga le héros se sacrifie", "dans la pièce elle se tue à la fin",
      "je fais une formation sur la prévention du suicide", "un article sur les idées suicidaires chez les étudiants",
      "en cours on parle des signes du suicide", "je suis infirmier en psychiatrie", "les statistiques du suicide en France",
      "un reportage sur la santé mentale des jeunes", "une conférence sur le risque suicidaire", "je travaille sur un projet de prévention",
      "j'ai aucune envie de mourir", "je pense pas du tout à en finir", "surtout pas, je veux vivre", "je me ferais jamais de mal",
      "j'ai plus envie de me couper depuis des mois", "ça fait longtemps que j'ai plus pensé à mourir", "aujourd'hui je suis heureux d'être en vie",
      "grâce à la thérapie je vais bien", "je suis pas en danger, juste fatiguée", "non je veux pas me tuer, je suis juste énervé"],
},
"ar": {
 "pre": ["", "والله ", "خلاص ", "بصراحة ", "يا ربي ", "اليوم "],
 "post": ["", " 😔", " ما عاد فيني", " والله", "..."],
 "neg_pre": ["", "ههه ", "يا جماعة ", "والله "],
 "neg_post": ["", " ههههه", " 😂", " lol"],
 SI: ["بدي موت", "ابي اموت", "عايز اموت", "نفسي اموت", "ما بدي عيش", "مش عايز اعيش", "ما ابي اعيش", "افكر انتحر",
      "بفكر في الانتحار", "بدي انهي حياتي", "راح انهي كل شي الليلة", "كتبت رسالة الوداع", "الحياة ما الها معنى",
      "الكل احسن بدوني", "انا عبء على الكل", "ما عدت اتحمل هالحياة", "بدي اختفي للابد", "راح اقتل نفسي",
      "بدي نام وما اصحى", "ودعت اهلي", "عطيت اغراضي لاني ما راح احتاجها", "اهتموا بعصفوري من بعدي", "شكرا على كل شي مع السلامة للابد",
      "كم حبة لازم حتى ما اصحى", "قديش لازم يكون العلو حتى ما حدا يعيش", "ما بدي اكون موجود", "الموت ارحم لي",
      "ما في حل غير الموت", "تعبت من الحياة", "هاي اخر ليلة الي", "لو مت محدا رح ينتبه", "عاوز اخلص من حياتي",
      "ana 3ayez amoot", "bade mout", "abi amoot", "bfakker ente7er", "ana zhe2t mn 7ayati", "khalas ma 3ad baddi 3eesh"],
 SH: ["جرحت حالي مرة ثانية", "جرحت ايدي امبارح", "بأذي نفسي عشان احس بشي", "بدي اجرح نفسي", "بحرق جلدي قصدا",
      "انتكست وجرحت حالي", "بضرب راسي بالحيط", "بخبي الجروح بكم طويل", "مش قادر اوقف أذية نفسي", "ba2zi nafsi"],
 AB: ["زوج امي بيدخل غرفتي بالليل", "ابوي بيضربني بالعصاية كل يوم", "امي بتحرقني لما اغلط", "عمي بيلمسني وبيقول سر",
      "اذا حكيت رح يصير اسوا", "خطيبي بيضربني", "جوزي بيهدد يقتلني", "زوجي يخنقني لما يعصب", "جوزي بيحبسني وبياخد تلفوني",
      "بيضربوني بالبيت وعندي كدمات", "واحد كبير بيجبرني اعمل اشيا", "اخوي الكبير بيعتدي علي", "ابوي ترك علامات على ظهري",
      "خايفة ارجع عالبيت من اللي بيعملوه فيي"],
 HO: ["راح اقتل مديري", "عندي سلاح وراح استناه", "بكرة راح اأذي الكل بالمدرسة", "جبت موس وراح استناه",
      "بدي أذي طليقي وبعرف كيف", "راح احرق بيته", "عندي مسدس ابوي وراح استعمله"],
 NO: ["بموت من الضحك", "ميت من الجوع", "بموت فيك", "الحر قاتلني", "امي رح تذبحني", "قتلوني باللعبة", "شخصيتي ماتت باللعبة",
      "البطل ينتحر في اخر الرواية", "بدرس الوقاية من الانتحار", "انا اخصائية نفسية وبشتغل مع مرضى", "كيف اسال طالب اذا بيفكر بالانتحار",
      "الاغنية بتحكي عن الموت من الحب", "ما بدي موت بس تعبانة", "مش بفكر انتحر", "من سنين كنت بدي موت واليوم الحمد لله منيح",
      "العلاج ساعدني وما عدت اجرح حالي", "تعبان من الشغل", "مش قادر انام من الامتحانات", "متوتر من المشروع", "نعسان كثير",
      "عندي شغل كثير هالاسبوع", "بكرة امتحان وانا متوتر", "راسي بيوجعني من الدراسة", "زهقت من الزحمة",
      "الاخبار بتحكي عن حالات انتحار", "الفيلم عن قاتل", "بقتل الوقت بالمسلسلات", "الماتش كان نار", "ميتة من النعس",
      "hamoot mn el da7k", "ana ta3ban mn el shoghl", "الله يعطيك العافية ساعدتني كثير",
      "الله يعطيك العافية", "مرحبا يا جماعة", "مرحبا كيفك", "اهلا وسهلا", "السلام عليكم", "صباح النور", "مساء الخير", "كيف حالك",
      "رايح انام بدري", "لازم اجهز للامتحان", "بدي اشتري جزمة جديدة", "بدي ارتاح شوي", "رايح اتحمم", "شو عاملين اليوم", "يعطيك العافية على تعبك", "الله يسلمك", "جزاك الله خير", "كل عام وانتم بخير", "صباح الخير يا جماعة",
      "تصبحون على خير", "مبروك النجاح", "ان شاء الله خير", "الحمد لله على كل حال", "ابوي راح يقتلني لما يشوف الفاتورة",
      "امي رح تموتني اذا تأخرت", "لو في امتحان ثاني بموت ههه", "بدي الامور تتحسن بس", "ما بدي موت بدي ارتاح شوي", "قبل كنت اجرح حالي وهلا الحمد لله منيح"],
},
"en": {
 "pre": ["", "honestly ", "ngl ", "idk ", "tbh ", "tonight "],
 "post": ["", " 😔", " i cant anymore", " fr", "..."],
 "neg_pre": ["", "lol ", "ugh ", "ok "],
 "neg_post": ["", " lol", " 😅", " 😩"],
 SI: ["I want to die", "I wanna die", "I don't want to be alive anymore", "I want to kill myself", "I'm going to end my life",
      "I think about ending it every day", "everyone would be better off without me", "I'm a burden to everyone",
      "there's no reason for me to live", "I can't go on like this anymore", "I wish I was dead", "I want to disappear forever",
      "I wrote goodbye letters to my family", "I'm giving my things away, I won't need them", "please look after my dog when I'm gone",
      "thank you for everything, goodbye forever", "this is my last night", "how many of these pills would it take",
      "which bridge is high enough", "I have the pills ready", "tonight is the night I end it", "I'm tired of living",
      "I just want it all to stop forever", "nobody would notice if I was gone", "I'm done with life", "kms", "gonna kms",
      "I want to unalive myself", "suicidal again", "I hate being alive"],
 SH: ["I cut myself again last night", "I relapsed and cut", "I've been hurting myself", "I burn myself on purpose",
      "I want to cut so bad", "sh urges are bad tonight", "I hide the cuts under long sleeves", "I hit myself when I'm angry at myself"],
 AB: ["my stepfather comes into my room at night", "my dad hits me with his belt", "my mom burns me when I make mistakes",
      "my uncle touches me and says it's a secret", "if I tell anyone it will get worse", "my boyfriend hits me",
      "my husband threatens to kill me", "my partner chokes me when he's angry", "my girlfriend locks me in and takes my phone",
      "they beat me at home and I have bruises", "an adult makes me do things I don't want", "I'm scared to go home because of what they do"],
 HO: ["I'm going to kill my boss", "I have a gun and I'll wait for him", "tomorrow I'll hurt everyone at school",
      "I got a knife for him", "I want to hurt my ex and I know how", "I'm going to set his house on fire", "I'll use my dad's rifle on them"],
 NO: ["I can't sleep before my driving lesson", "my sleep is terrible this week", "I've been so tired at work lately",
      "can't switch off after my shift", "exams are stressing me out", "I'm nervous about my interview tomorrow",
      "too tired to go to the gym", "I keep waking up early because of work", "I'm exhausted after the night shift",
      "deadlines are piling up", "I'm worried about my grades", "I haven't slept well since the move",
      "my head hurts from revising", "I need a nap so badly", "I'm drained after this week", "work is so stressful right now",
      "I'm anxious about the test results", "I've got insomnia again before the exam", "so sleepy in class today",
      "I'm behind on my assignments and stressed", "I'm tired of this rainy weather", "my job is wearing me out",
      "I can't focus on studying", "I stayed up too late gaming", "I'm knackered", "I feel burnt out from uni",
      "couldn't sleep because of the noise", "I dread Monday mornings", "I'm overwhelmed with chores", "long day at the office",
      "I don't want to die I just want to rest", "i dont want to die i just need a break from work", "i dont wanna die lol",
      "I'm not going to hurt myself, just venting about work", "I'm not suicidal just stressed about exams",
      "this song about dying in someone's arms is so good", "the lyrics say I want to die tonight", "my dad is going to kill me when he sees the car",
      "my teacher will kill me if I'm late again", "counselling helped me and I don't hurt myself now", "I'm three years clean from self harm",
      "I used to want to die but now I'm doing well", "my phone is dying", "my laptop battery is dying", "I'm dying to see that film",
      "I killed it at the gym today", "the boss fight killed me ten times", "I died in the game again", "this exam will be the death of me haha",
      "I'm a counsellor, how do I ask someone about suicide", "I'm writing an essay on suicide prevention", "the nurse asked me about my sleep",
      "a character in my book dies at the end", "news report on suicide rates in farmers", "we had suicide prevention training at work",
      "I'm dead tired", "I'm so dead lol that video", "I keep waking up early because of the heat", "thinking about work all weekend",
      "too tired to do anything tonight", "too tired to go out", "yawning through every meeting today", "been yawning all afternoon",
      "I've been busy with work", "I've been learning to cook", "I've been so sleepy lately", "I've been working late all week",
      "I've been reading a lot", "I've been playing guitar again", "I've been meaning to call you", "I've been feeling tired this week",
      "I've been sneezing all day", "I've been stuck in traffic for an hour", "I've been at the library all afternoon",
      "I've been cleaning the house", "I've been on my feet all day", "I've been stressed about money", "I have been so busy",
      "I've been up since five", "I've been there", "I've been waiting forever", "I've been watching that show",
      "I'm puzzled by this", "so confused right now", "I have a sudden urge to eat chocolate", "I want it so bad it's so cute", "kill me now this lecture is so long lol", "I could kill for a pizza"],
},
}


# Round 3 (issue 16, Arabic): more phrasings per crisis kind and per hard-negative kind, in MSA, Egyptian, Levantine,
# Gulf, Iraqi and Darija, with Arabizi; written for this project, none copied from a test file.
DATA["ar"][SI] += [
    "ما عاد بدي كمل بهالحياة", "قررت انهي كل شي خلص", "مليت من الدنيا وبدي ارحل منها", "حاسة ان الموت احسن من هالعيشة",
    "نفسي انام ومصحاش ابدا", "اريد اموت ماكو شي يستاهل", "بغيت نموت ونرتاح", "ما بقيتش قادر نكمل فهاد الدنيا",
    "ودي اختفي من الدنيا للابد", "ما بقى لي شي بهالدنيا", "هاي اخر ليلة بعيشها", "انا جاهز وما راح ارجع",
    "كتبت رسايل لأهلي وخلصت", "هاد اخر مسج مني سامحوني", "شكرا على كل شي كنتو احلى ناس بحياتي وداعا",
    "ما رح تشوفوني بعد اليوم", "اهتموا بماما من بعدي", "اعطيت تلفوني وساعتي لاختي ما رح احتاجهم",
    "وزعت فلوسي على اصحابي ما الها لازمة بعد", "خلي القطة عندك انا مش هقدر اهتم فيها بعد كده",
    "كم حبة من دوايا تكفي عشان ما اصحاش", "اي علو يكفي عشان الواحد ما يعيش", "وين بقدر اشتري شي ينهي حياتي",
    "سامحوني يا اهلي انا ماشي", "خلاص قررت الليلة", "ادعولي انا رايحة ومش راجعة", "بحبكم كلكم هاي اخر كلمة مني",
    "ما حدا رح يحس بغيابي", "الدنيا احسن بلاي", "اهلي بيرتاحوا لما اروح", "كرهت عمري وبدي اخلص",
    "bade mout w erta7", "ma 3ad bade 3ish", "3ayez a5alas men 7ayati", "ana 5alas mesh 2ader akammel", "bghit nmout",
    "baddi enta7er", "ra7 ente7er el leila", "hay a5er resale meni", "wada3an lal kol", "3teet 7wayji l5ti ma ba2a ba7tajhom",
    "ma 7ada ra7 yefta2edni", "el dinye a7san mn dooni"]
DATA["ar"][SH] += [
    "رجعت للتشريط بعد ما بطلت", "شرطت ايدي امبارح", "ايدي مليانة جروح مني انا", "بأذي جسمي كل ما اتضايق",
    "بخدش جلدي لحد ما ينزف", "انتكست ورجعت اجرح", "بعض على ايدي لحد ما تنجرح", "بخبي جروحي عن امي",
    "rje3t ajra7 7ali", "ba2zi 7ali kol ma atdaye2", "cut tani w 5abbet el jar7"]
DATA["ar"][AB] += [
    "زوجي ضربني امبارح وكسر تلفوني", "جوزي بيمنعني اشوف اهلي ولو اعترضت بيضربني", "راجلي كيضربني وكيهددني",
    "خطيبي هددني اذا سبته هيموتني", "زوجي ياخذ راتبي ويقفل علي الباب", "طليقي بيراقبني وبيهددني بالأذى",
    "حبيبي بيشدني من شعري لما يزعل", "زوجي دفعني على الحيط قدام الولاد", "ابوي بيقفل علي بالغرفة من غير اكل",
    "مرات ابوي تضربني بالخرطوم", "خالي بيحط ايده علي وبيقولي ما تقولي لحد", "واحد كبير بيبعتلي رسايل وبيقولي خليها سر بينا",
    "بابا بيكويني لما اغلط", "الاستاذ بيلمسني لما نكون لوحدنا", "جارنا بيستناني لما اطلع من المدرسة وبيلمسني",
    "اخوي الكبير بيدخل علي بالليل", "عندي كدمات وقالولي قولي وقعت", "zoji kaydrabni kol nhar", "baba byedrabni bel 7zam",
    "jozi by7besni fel bet"]
DATA["ar"][HO] += [
    "جبت مسدس وبعرف وين بيشتغل", "رح استناه بالسكينة بعد الدوام", "بدي احرق سيارته وهو فيها", "بكرة رح اخلص منهم كلهم بالمدرسة",
    "عندي سلاح وناوي اقتل جاري", "جهزت السكين للي ظلمني", "رح اقتل اخوها الليلة", "بعرف وين ساكن ورايح له بالسلاح",
    "ghadi nqtlo ghedda", "ra7 a2tlo bel sekkeen", "3andi sla7 w 3aref wen sakin"]
DATA["ar"][NO] += [
    "ذكرت الصحيفة ان رجلا انتحر امس", "وزارة الصحة: ارتفاع حالات الانتحار", "حسب الشرطة رجل قتل زوجته في الحي",
    "نشرت القناة تقريرا عن العنف الاسري", "اعلنت السلطات مقتل شخصين في هجوم", "الاخبار بتقول في واحد قتل جاره",
    "el akhbar 2alet en fi wa7ed entahar", "تقرير عن الاطفال ضحايا العنف", "احصائية جديدة عن الانتحار في العالم العربي",
    "المتحدث باسم الشرطة قال ان المشتبه به هدد بالقتل", "قرأت خبر عن شاب انتحر الله يرحمه", "حسب التقرير الضحية تعرضت للضرب",
    "كنت افكر بالانتحار بس الحمد لله تجاوزت", "صار لي سنتين ما اذيت نفسي", "الدكتورة ساعدتني كثير", "الجلسات ساعدتني وصرت احسن",
    "كنت بدي موت وهلأ مبسوط", "زمان كنت اجرح حالي والحين بخير", "kont bade mout bas halla2 ana mni7",
    "قبل كنت عايز اموت دلوقتي الحمد لله كويس", "طلعت من بيت كان فيه عنف وهلأ انا بأمان", "الخط الساخن ساعدني وقتها",
    "من سنين حاولت انتحر واليوم عندي عيلة", "الحمد لله تعافيت من الاكتئاب", "كنت اأذي نفسي ايام المدرسة بس خلاص",
    "مش عايز اموت بس تعبان", "ما بدي اقتل حالي لا تقلقي", "ما راح انتحر انا بس زعلان", "ماني ناوية اأذي نفسي",
    "لم افكر ابدا في ايذاء نفسي", "ليس لدي افكار انتحارية", "لا والله ما بفكر بالانتحار", "mesh 3ayez amoot ana bas ta3ban",
    "mabdi mout bas bade rta7", "ما عنديش نية نقتل راسي", "مو ناوي انهي حياتي ابدا", "ما ابي اموت ابي بس انام",
    "مستحيل اأذي نفسي عشان اهلي", "ما راح اقتل نفسي لا تخافي", "مش هنتحر متقلقش", "ماني ناوي اموت ههه بس زهقان",
    "بغني بموت فيك", "الاغنية بتقول قتلني حبك", "كلمات الاغنية عن الموت من الشوق", "ya retni ma 3reftak ghonya 7elwa",
    "راب بيقول رح نقتلهم بالكلام", "اغنية خليني اموت فيك", "بسمع اغنية يا ريتني مت قبل ما اشوفك", "ghonya ana mayet feek",
    "انا اخصائي نفسي كيف اسأل مريضي عن الانتحار", "عندي تدريب عن العنف الاسري", "ورشة عن حماية الاطفال من الاساءة",
    "بحث جامعي عن ايذاء النفس", "كمعلمة كيف اتصرف اذا طالب قال انه بيأذي نفسه", "محاضرة عن الوقاية من الانتحار",
    "ana doctora w 3andi so2al 3an el entehar 3and el mardaa", "رسالة ماجستير عن العنف ضد المرأة", "مريضتي عندها افكار انتحارية كيف اساعدها",
    "مت بالمرحلة الاخيرة", "قتلت البوس", "قتلوني بالسنايبر", "نقتلهم كلهم بالجيم", "شخصيتي ماتت", "el character mat tani",
    "خلصت حياتي باللعبة", "بالماتش قتلت خمسة", "البطل في الرواية كتب رسالة وداع", "المسلسل عن زوج بيضرب مراته",
    "القصة عن بنت بتفكر تنتحر", "الفيلم عن قاتل بسكين", "بالفيلم البطلة ودعت الكل", "الحلقة فيها طفل بيتعرض للضرب",
    "الواجب هاد رح يقتلني", "راح انتحر لو ما نجحت ههه", "هموت لو ما سافرت", "اخوي رح اقتله اذا اكل اكلي ههه",
    "الفاتورة قتلتني", "ابوي رح يدفني اذا شاف العلامات", "المدير رح يذبحني اذا تأخرت", "الدوام ذبحني اليوم",
    "ساعدني اختار لون", "بدي اختفي من الحفلة ههه", "الجو حر موت", "ana ta3ban bas 3adi", "ساعدني بالواجب",
    "ساعدني افهم الدرس", "ساعدني ارتب الغرفة", "بدي انام بكير اليوم", "زهقانة من المذاكرة", "mayet mn el jo3",
    "ana za3lan shwaya bas mni7", "بدي اغير شغلي", "الزحمة خنقتني اليوم"]

# Round 4 (issue 16, Spanish): the kinds that still failed (goodbye without finality words, harm to others without a weapon,
# self-harm slang, partner violence, method questions told as neutral) and hard negatives told with crisis words
# (recovery stories, professionals, news, games); written for this project, none copied from a test file.
DATA["es"][SI] += [
    "mami perdóname por todo lo que te hice pasar, te amo", "amigos gracias por los buenos momentos, no me olviden",
    "no lloren por mí, ahora voy a estar tranquila", "este es mi último video, gracias a todos los que me siguieron",
    "hasta nunca a todos, ya me cansé de luchar", "les quiero decir que nadie tuvo la culpa de esto",
    "ya les escribí a todos para despedirme", "nos vemos en otra vida hermano", "gracias por aguantarme tanto tiempo, ya no van a tener que hacerlo",
    "le di mi consola a mi sobrino, a donde voy no la necesito", "dejé mis ahorros a nombre de mi hermana por si acaso",
    "ya no quiero despertar más, estoy agotada de todo", "a veces quisiera dormirme y ya no abrir los ojos",
    "mi familia estaría mejor si yo desapareciera", "qué pasa si alguien se toma un frasco entero de pastillas, es por curiosidad",
    "cuánto tiempo se tarda en morir por sobredosis, lo pregunto para una tarea", "qué altura necesita una caída para ser mortal, es para un cuento",
    "desde que murió mi mamá pienso en cuál sería la forma más rápida de irme", "ya no tiene caso seguir, mañana termino con esto",
    "parce ya no doy más con esta vida", "wey ya me quiero ir de aquí para siempre", "chamo ya no aguanto, me quiero morir"]
DATA["es"][SH] += [
    "volví al sh después de medio año", "recaí otra vez, tengo los muslos marcados", "me marqué los brazos anoche y me da vergüenza",
    "llevo manga larga en pleno verano para que no vean las cicatrices", "se me rompió la racha de días sin cortarme",
    "me arañé hasta sangrar cuando discutí con mi papá", "necesito hacerme daño para sentirme tranquila",
    "me golpeo la cabeza contra la pared cuando me da la crisis", "tengo rayitas nuevas en las piernas", "otra vez me quemé la piel a propósito"]
DATA["es"][AB] += [
    "mi marido me dio una paliza porque llegué tarde", "el papá de mi bebé me amenazó con quitármelo si lo denuncio",
    "mi novio me rompió el celular y me encerró en el cuarto", "mi pareja me apretó el cuello y me dejó marcas",
    "cuando mi esposo toma me golpea delante de los niños", "mi jevo me revisa todo y me empuja si le reclamo",
    "mi padrastro me dice que es nuestro secreto y que nadie me va a creer", "el entrenador me hace quedarme sola con él después del partido",
    "mi abuela me encierra y me deja sin comer cuando me porto mal", "mi papá me pega con la hebilla del cinturón cuando llega borracho",
    "el novio de mi mamá se mete a mi cuarto cuando ella trabaja", "mi tío me pide fotos y dice que si hablo me va a ir mal"]
DATA["es"][HO] += [
    "ese tipo no va a llegar vivo al lunes", "te juro que al que me robó lo voy a dejar tendido", "mañana a la salida le parto la cara a ese idiota y no es broma",
    "quiero ver muerto al que abusó de mi hermana", "ya sé dónde vive y lo voy a ir a buscar", "esta noche le meto fuego al carro de mi vecino",
    "voy a desaparecer a ese desgraciado, ya tengo un plan", "a todos los que se rieron de mí los voy a hacer sufrir el viernes",
    "quiero hacerle mucho daño a mi ex, que pague", "lo voy a golpear hasta que no se levante más",
    "tengo tanta rabia que quiero lastimar a alguien de mi curso", "le voy a hacer pagar a mi jefe lo que me hizo, mañana mismo"]
DATA["es"][NO] += [
    "hace cinco años quise quitarme la vida y hoy soy mamá de dos niños", "sobreviví a un intento y ahora acompaño a otros en un grupo de apoyo",
    "me cortaba de adolescente, la terapia me salvó", "en mi peor época pensaba en morirme, hoy estoy muy bien", "ya no me siento así, salí adelante",
    "llevo dos años sin autolesionarme y estoy orgullosa de mí", "antes creía que nadie me iba a extrañar, hoy sé que me equivocaba",
    "gracias a mi psicóloga dejé de pensar en la muerte", "estuve internada por depresión y ahora trabajo en salud mental",
    "soy enfermera, cómo le pregunto a un paciente si piensa en suicidarse", "como docente, qué hago si una alumna tiene cortes en los brazos",
    "estoy armando un taller sobre prevención del suicidio para padres", "para mi tesis estudio la violencia de pareja en jóvenes",
    "soy trabajadora social y atiendo casos de maltrato infantil", "qué protocolo sigo si un estudiante dice que se quiere morir",
    "mi paciente me contó que su esposo la golpea, cómo la acompaño", "busco bibliografía sobre autolesiones en adolescentes",
    "según la policía el hombre mató a su vecino con un cuchillo", "las autoridades informaron que la joven se quitó la vida",
    "el diario publicó las cifras de suicidio del último año", "detuvieron al sospechoso de matar a su pareja", "en las noticias hablaron de un tiroteo en una escuela",
    "la fiscalía investiga la muerte de un niño maltratado", "un estudio dice que las autolesiones aumentaron en adolescentes",
    "me mataron tres veces en la partida, qué mal juego", "en el free fire nos mataron a todos en el último círculo", "mi personaje se murió en el rol de anoche",
    "voy a matar al jefe final aunque me cueste toda la noche", "en minecraft me caí al vacío y perdí todo", "el villano de la serie quiere destruir la ciudad",
    "en la novela el protagonista escribe una carta antes de irse", "la canción dice que sin ella se quiere morir",
    "mi jefe me va a matar si no entrego el informe", "este tráfico me está matando", "me muero de la vergüenza, le escribí a mi ex por error",
    "si pierde mi equipo me tiro por la ventana jaja", "me voy a morir de calor en esta oficina", "qué sueño, hoy no me levanto ni loca",
    "me corté el dedo cocinando, nada grave", "le regalé mi ropa vieja a mi prima porque ya no me queda", "ya no necesito la bici, se la di a mi sobrino",
    "me despido de todos, me voy de vacaciones dos semanas", "gracias por todo, fue un gusto trabajar con ustedes, nos vemos en la nueva oficina",
    "estoy cansadísima del trabajo pero el finde descanso", "no duermo bien por los parciales, qué estrés"]

# Round 4 (issue 16, Arabic): recovery stories told with crisis words (past + now better, help that worked), professional
# and news questions as hard negatives; goodbyes without a finality word, self-harm slang, neutral method questions and
# harm to others without a weapon as crisis lines. Written for this project, none copied from a test file.
DATA["ar"][SI] += [
    "سامحوني على كل شي، كنتوا احلى ناس بحياتي", "شكرا انكم كنتم معي، ما رح ازعجكم بعد اليوم",
    "تركت لأمي رسالة تحت المخدة، بتفهم بعدين", "bye ya shabab, kol el 7ob lekom, ma tensoonish",
    "ma3a salama ya nas, kent ferhan bikom, matdawrosh 3laya", "استودعتكم الله يا حبايبي، انتبهوا على بعض",
    "قديش لازم يكون العلو عشان الواحد ما يطلع منها عايش", "شو الحبوب اللي لو خلطها الواحد ما بيرجع يصحى",
    "ayy dawa law 5adt mno kteer ma a9amsh", "ما بقى عندي شي اعيش عشانه ولا حدا رح ينتبه اذا رحت",
    "حاسة اني تقيلة على الكل، احسن لهم لو ما كنت موجودة", "ta3abt mn kolchi, bghit nmchi w mab9ach nrja3",
    "تعبت من التمثيل اني بخير، بدي انام وما اقوم", "الكل رح يكون مرتاح لما اختفي للابد"]
DATA["ar"][SH] += [
    "دراعي صار باركود والصيف جاي ومش عارفة شو البس", "رجعت اشخط جلدي بعد شهرين، ماحد يعرف",
    "relapse تاني والله تعبت، ايدي مليانة خطوط", "ana rage3t a3war nafsy tany w mesh 3arfa a2af",
    "كل ما اتضايق اروح للموس، ما بعرف اوقف", "labsa kom taweel 3ashan el 5otot el gdeda"]
DATA["ar"][HO] += [
    "حلفت اخلص عليه، بعرف ساعة ما بيطلع من الشغل", "هالمرة ما رح يطلع منها، بستناه تحت البيت الليلة",
    "بدي اخليه ما يشوف الشمس مرة ثانية، بعرف وين بيسهر", "n5ales 3lih ghedda 9dam dar dyalo",
    "رح اروح عبيت طليقي واخلص عليه وعلى اللي معه"]
DATA["ar"][NO] += [
    "كنت بفكر بالموت كتير السنة اللي فاتت بس العلاج فرق معايا وبقيت احسن", "زمان كنت اجرح نفسي، الحين صار لي فترة طويلة بخير والحمد لله",
    "الجلسات مع الاخصائية ساعدتني ارجع احب حياتي", "حاولت انهي حياتي وانا بالجامعة، اليوم انا متطوعة واساعد غيري",
    "بعد المحاولة تعلمت اطلب مساعدة، وهلق انا بخير", "مرت سنين على الفترة السودا، وصرت اب واشتغل وحياتي حلوة",
    "كانت تجيني افكار اني اختفي، بس اهلي وقفوا معي وعديتها", "ممتنة اني لسا عايشة وشفت بنتي تكبر",
    "الدوا النفسي ساعدني كثير وما عادت الافكار السودا تجيني", "kont bafakar a2za nafsy zaman, delwa2ty ana kwayes w el 3elag sa3adni",
    "kan 3andi afkar khayba zman, daba l7amdulillah ana mzyan", "kunt bdi mout ayam el madrase, halla2 ana mabsout",
    "اكتب قصتي عشان اللي حاسين باليأس يعرفوا انه في امل، انا نجوت", "السنة الماضية كنت بالمستشفى بعد ما اذيت حالي، اليوم رجعت للجامعة وبخير",
    "لما كنت مراهقة كنت اشرط ايدي، الحين صار لي خمس سنين ما لمست شفرة", "شكرا للي ساعدني بهديك الفترة، لولاهم ما كنت هون اليوم",
    "انا مرشدة بمدرسة بنات، شو الاسئلة اللي بسألها لطالبة بتأذي نفسها؟", "ازاي اتكلم مع مريض بيقول انه عايز يموت من غير ما اضايقه؟ انا ممرض جديد",
    "عندي عرض تقديمي عن العنف الاسري بكرة بالجامعة ومحتاجة احصائيات", "بصفتي اخصائي اجتماعي، كيف اتعامل مع طفل يحكي عن ضرب في البيت؟",
    "نعمل حملة توعية بالجامعة عن الانتحار، شو الرسائل المناسبة؟", "رسالة الماجستير تبعي عن ايذاء الذات عند المراهقين بالخليج",
    "في الدورة علمونا كيف نسأل مباشرة عن الافكار الانتحارية", "ana modarresa w 3ayza a3raf azay asa3ed talba bet2ol enaha 3ayza tmoot",
    "كطبيبة نفسية، ما هي عوامل الخطر للانتحار عند كبار السن؟", "صديقي بيفكر ينتحر، كيف اساعده واقنعه يروح لدكتور؟",
    "الشرطة فتحت تحقيق بعد ما لقوا شاب ميت في شقته", "حسب التقرير، اكثر من نص حالات العنف ضد الاطفال بتحصل في البيت",
    "قريت خبر عن بنت انتحرت بسبب التنمر، حرام والله", "وزارة الصحة نشرت ارقام جديدة عن الصحة النفسية للشباب",
    "المتهم اعترف انه قتل جاره بسبب خلاف على موقف سيارة", "el shorta 2alet en fi wa7ed 2atal mrato fel mohandessin",
    "الجريدة كتبت عن زيادة محاولات الانتحار بين طلاب الجامعات", "شفت تقرير على التلفزيون عن ضحايا العنف الاسري",
    "رح اقتلهم كلهم بالجولة الجاية بفري فاير 😂", "البطل بالانمي ضحى بحياته عشان صحابه وانا منهار",
    "الاغنية بتقول عايز اموت جنبك وانا حافظاها", "ما عندي اي افكار اني اموت، بس زعلان من صاحبي",
    "مش ناوي اعمل في نفسي حاجة والله، انا بس مخنوق من الشغل", "ماما رح تقتلني لاني كسرت الصحن 😭",
    "بنموت من الضحك على خالي كل عيد",
    # everyday tiredness and poor focus (the crisis lines above say "tired of everything")
    "تعبان كتير من الدوام ومش قادر افكر", "ta3bana awi el naharda w mesh 2adra arakez", "مرهقة من الشغل وبدي نام بكير",
    "تعبت اليوم من المشاوير بس مبسوطة", "راسي مصدع ومش قادر اركز بالمحاضرة", "ما نمت منيح وتعبان كل النهار",
    "تعبانة شوي من السهر امبارح", "مخي مش مركز خالص النهارده من قلة النوم", "ta3ban men el shoghl bas ya3ni 3adi"]

def variants(text, pre, post, lang):
    base = text if lang == "ar" else text
    forms = [base]
    low = base.lower()
    informal = strip_accents(low).replace("'", "").replace("’", "").replace(",", "").replace(".", "")
    if lang != "ar":
        forms.append(informal)
    out = []
    for i, f in enumerate(forms):
        for j, p in enumerate(pre):
            q = post[(i + j) % len(post)]
            out.append((p + f + q).strip())
    seen, res = set(), []
    for o in out:
        if o not in seen:
            seen.add(o); res.append(o)
    return res

for lang, d in DATA.items():
    lines = [f"# WellbeingKit crisis corpus, part 2 ({lang}): original sentences written for this project (issue 16), Apache-2.0.",
             "# Generated by generate_corpus.py from base sentences x informal variants. label<TAB>category<TAB>lang<TAB>text."]
    for cat in (SI, SH, AB, HO):
        for t in d[cat]:
            for v in variants(t, d["pre"], d["post"], lang):
                lines.append(f"1\t{cat}\t{lang}\t{v}")
    for t in d[NO]:
        for v in variants(t, d["neg_pre"], d["neg_post"], lang):
            lines.append(f"0\tnone\t{lang}\t{v}")
    (OUT / f"gen-{lang}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pos = sum(1 for l in lines if l.startswith("1\t")); neg = sum(1 for l in lines if l.startswith("0\t"))
    print(lang, "crisis", pos, "negatives", neg)
