[given]
Patricia|Maria|Ingrid	female
Tony|Sergei|Olusegun|John	male
