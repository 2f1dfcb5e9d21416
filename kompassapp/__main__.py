from kompassapp.launch import main

raise SystemExit(main())
