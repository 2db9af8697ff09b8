-- One dossier per province and assessment year. The key is the province's name folded as the
-- conventions fold it ("Tỉnh Bạc Liêu", "Bạc Liêu" → "bac lieu"); the application writes it, and fills
-- it at start for dossiers made before this migration (left empty where that would clash with another).
-- V9, not V8: V8 is kept for the notifications of issue 16 built beside this change.
alter table dossier add column province_key varchar(200);
create unique index dossier_one_per_province_year on dossier (province_key, year);
