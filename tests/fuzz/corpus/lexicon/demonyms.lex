[demonym]
Afghan|Afghani|Afghanistan's|Kabul's	AFG
Albanian|Albania's	ALB
Algerian|Algeria's	DZA
Andorran	AND
Angolan	AGO
