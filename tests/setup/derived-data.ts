/** Unit tests see the engine as the background does after its first profile: with the derived data installed. */
import { installDerivedFiles } from '../../scripts/data/derived-files';

installDerivedFiles();
