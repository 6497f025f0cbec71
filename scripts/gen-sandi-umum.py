#!/usr/bin/env python3
"""gen-sandi-umum.py: write data/sandi-umum.txt, the passwords sign-up and
password changes refuse (issue 19 item 8).

Not a leaked-frequency list: this machine has no network and no password
list, so the list is assembled from the passwords that head every
published "most common" list (written down from memory), Indonesian
words people use, and the rules by which people stretch a short password
to a required length (word + 123/1234/12345/year/!, repeats, keyboard
walks, digit runs).  Lower case, one per line, sorted, unique.  Replace it
with a real list (e.g. the top 10,000 of a public breach corpus) when one
is at hand; the format stays the same.

Usage: scripts/gen-sandi-umum.py > data/sandi-umum.txt
"""
import itertools

TOP = """123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567
dragon 123123 baseball abc123 football monkey letmein 696969 shadow master
666666 qwertyuiop 123321 mustang 1234567890 michael 654321 superman
1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan
jennifer zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger
sunshine iloveyou 2000 charlie robert thomas hockey ranger daniel starwars
klaster 112233 george computer michelle jessica pepper 1111 zxcvbn 555555
11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess
joshua cheese amanda summer love ashley nicole chelsea biteme matthew
access yankees 987654321 dallas austin thunder taylor matrix minecraft
william corvette hello martin heather secret merlin diamond 1234qwer gfhjkm
hammer silver 222222 88888888 anthony justin test bailey q1w2e3r4t5
patrick internet scooter orange 11111 golfer cookie richard samantha
bigdog guitar jackson whatever mickey chicken sparky snoopy maverick
phoenix camaro peanut morgan welcome falcon cowboy ferrari samsung andrea
smokey steelers joseph mercedes dakota arsenal eagles melissa boomer
booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway
marina diablo bulldog qwer1234 compaq purple hardcore banana junior
hannah 123654 porsche lakers iceman money cowboys 987654 london tennis
999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon yamaha
chester mother forever johnny edward 333333 oliver redsox player nikita
knight fender barney midnight please brandy chicago badboy slayer rangers
charles angel flower bigdaddy rabbit wizard bigdick jasper enter rachel
chris steven winner adidas victoria natasha 1q2w3e4r jasmine winter
prince panties marine ghbdtn fishing cocacola casper james 232323 raiders
888888 marlboro gandalf asdfasdf crystal 87654321 12344321 golden 8675309
abcd1234 passw0rd p@ssw0rd p@ssword password1 password12 password123
password1234 admin admin123 administrator root toor changeme default
guest login qwerty123 qwerty1 1q2w3e 1q2w3e4r5t 1qaz2wsx3edc zaq12wsx
!qaz2wsx aa123456 a123456 123456a 123456789a a1b2c3 a1b2c3d4 abcdef
abcdefg abcdefgh abcdefghij iloveyou1 lovely loveme sweety babygirl
football1 monkey123 dragon123 shadow123 sunshine1 princess1 welcome1
welcome123 letmein1 trustno1 starwars1 superman1 batman123 pokemon
naruto onepiece blink182 liverpool manchester chelsea1 barcelona realmadrid
juventus arsenal1 myspace1 facebook google youtube instagram twitter
whatsapp linkedin yahoo hotmail gmail outlook microsoft windows apple
iphone android samsung1 nokia huawei xiaomi oppo vivo asus lenovo""".split()

# Indonesian words and names people pick
ID = """sayang sayangku cinta cintaku aku kamu akucintakamu akusayangkamu
bismillah alhamdulillah subhanallah allahuakbar insyaallah mashaallah
indonesia merdeka garuda pancasila jakarta bandung surabaya medan
pekanbaru riau siak siaksriindrapura dumai batam padang palembang
makassar semarang yogyakarta jogja bali malang bogor depok bekasi
tangerang rahasia katasandi sandi kunci masuk pamong warga desa kampung
kelurahan kecamatan kabupaten pemerintah pemda dinas kantor pegawai
petugas admin operator pelayanan layanan daftar akun selamat terimakasih
mamah mama papah papa ayah ibu bunda anak adik kakak abang bapak nenek
kakek keluarga rumah sekolah kuliah kampus guru dokter polisi tentara
bola persib persija arema persebaya psm timnas garudamuda doraemon
naruto upin ipin boboiboy dangdut rhoma inul iwan fals noah peterpan
sheila dewa slank ungu wali kangen cantik ganteng manis imut lucu
bahagia senyum rindu kangen setia jodoh pacar suami istri hati jantung
bintang bulan matahari langit laut pantai gunung hujan pelangi mawar
melati anggrek kucing anjing ayam sapi kambing harimau gajah elang
muhammad ahmad abdul siti nur nurul dewi sri putri putra agus budi
joko eko dwi tri rini yanti wati ani rina dian fitri indah ayu dini
lestari rahmawati hidayat santoso wijaya saputra pratama kurniawan
setiawan susanto gunawan hermawan nugroho firmansyah ramadhan fajar
rizki rizky dimas bayu andi anto rudi hendra yudi wahyu adi arif
ilham reza fauzi hafiz aisyah fatimah khadijah zahra nabila salsabila
anisa annisa amelia aulia citra dinda intan kartika maya mega nadia
novi puspita ratna sari tiara vina wulan yuni zaskia""".split()

SUFFIX = ["1", "12", "123", "1234", "12345", "123456", "1234567",
          "12345678", "123456789", "!", "01", "007", "1945", "2000",
          "321", "99", "@123", "123!", "000", "111", "69", "88", "11"]
SUFFIX += [str(y) for y in range(1960, 2027)]
PREFIX = ["123", "1", "my", "i", "the", "admin", "love"]

out = set()

def add(p):
    p = p.strip().lower()
    if p and "\n" not in p and p.isascii():
        out.add(p)

words = TOP + ID
for w in words:
    add(w)
    add(w * 2)
    add(w.capitalize())
    for s in SUFFIX:
        add(w + s)
    for p in PREFIX:
        add(p + w)
# digit runs and repeats
for n in range(4, 17):
    add("".join(str(i % 10) for i in range(1, n + 1)))
    add("".join(str(i % 10) for i in range(0, n)))
    add("".join(str((10 - i) % 10) for i in range(1, n + 1)))
    for d in "0123456789":
        add(d * n)
    for a, b in itertools.permutations("0123456789", 2):
        add((a + b) * (n // 2))
# keyboard walks
for walk in ["qwertyuiop", "asdfghjkl", "zxcvbnm", "1qaz2wsx3edc4rfv",
             "qazwsxedcrfv", "1q2w3e4r5t6y7u8i", "q1w2e3r4t5y6u7i8",
             "zaq1xsw2cde3vfr4", "qweasdzxc", "poiuytrewq", "mnbvcxz"]:
    for n in range(6, len(walk) + 1):
        add(walk[:n])
        for s in ["1", "123", "!", "1234"]:
            add(walk[:n] + s)
for p in sorted(out):
    print(p)
