from claimboard.extract.cli import main

raise SystemExit(main())
