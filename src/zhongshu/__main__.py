import sys

from zhongshu.cli import main

sys.exit(main())
