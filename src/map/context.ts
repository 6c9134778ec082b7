import type { Text } from '../data/types';

/**
 * Quiet context for a map without borders (ARCHITECTURE.md §9): a few reference cities
 * drawn in grey, province names as free-standing text (never with lines), and
 * the seas. Positions are approximate label points, not boundaries or capitals'
 * exact sites; they only help a reader find their way.
 */

export type ContextKind = 'city' | 'province' | 'sea';

export interface ContextFeature {
  id: string;
  kind: ContextKind;
  name: Text;
  lon: number;
  lat: number;
  /** Shown from this zoom on; national-scale names fade out when the map shows one city. */
  minZoom: number;
  maxZoom: number;
}

const city = (id: string, zh: string, en: string, lon: number, lat: number, minZoom = 3): ContextFeature => ({
  id,
  kind: 'city',
  name: { zh, en },
  lon,
  lat,
  minZoom,
  maxZoom: 12,
});

const province = (id: string, zh: string, en: string, lon: number, lat: number): ContextFeature => ({
  id,
  kind: 'province',
  name: { zh, en },
  lon,
  lat,
  minZoom: 3,
  maxZoom: 6.5,
});

const sea = (id: string, zh: string, en: string, lon: number, lat: number, minZoom = 3, maxZoom = 7): ContextFeature => ({
  id,
  kind: 'sea',
  name: { zh, en },
  lon,
  lat,
  minZoom,
  maxZoom,
});

/** Neighbouring cities and waters, named only once the map shows one city and its surroundings. */
const NEAR = 6.5;

/** In order of importance: when labels collide, earlier ones stay. */
export const CONTEXT: ContextFeature[] = [
  sea('east-china-sea', '东海', 'East China Sea', 124.3, 28.2),
  sea('south-china-sea', '南海', 'South China Sea', 114.6, 19.2),
  sea('yellow-sea', '黄海', 'Yellow Sea', 123.2, 34.6),
  city('beijing', '北京', 'Beijing', 116.407, 39.904),
  city('shanghai', '上海', 'Shanghai', 121.473, 31.23),
  city('chongqing', '重庆', 'Chongqing', 106.551, 29.563),
  city('wuhan', '武汉', 'Wuhan', 114.305, 30.593),
  city('xian', '西安', "Xi'an", 108.94, 34.341),
  city('shenzhen', '深圳', 'Shenzhen', 114.058, 22.543),
  city('changsha', '长沙', 'Changsha', 112.939, 28.228),
  city('guiyang', '贵阳', 'Guiyang', 106.63, 26.647),
  city('nanning', '南宁', 'Nanning', 108.366, 22.817),
  city('nanjing', '南京', 'Nanjing', 118.797, 32.06),
  city('fuzhou', '福州', 'Fuzhou', 119.297, 26.075),
  city('nanchang', '南昌', 'Nanchang', 115.858, 28.683),
  city('xiamen', '厦门', 'Xiamen', 118.089, 24.48, 5),
  sea('hangzhou-bay', '杭州湾', 'Hangzhou Bay', 121.15, 30.45, NEAR, 12),
  sea('tai-hu', '太湖', 'Lake Tai', 120.22, 31.2, NEAR, 12),
  sea('pearl-river-estuary', '珠江口', 'Pearl River Estuary', 113.75, 22.3, NEAR, 12),
  city('deyang', '德阳', 'Deyang', 104.398, 31.127, NEAR),
  city('meishan', '眉山', 'Meishan', 103.848, 30.076, NEAR),
  city('ziyang', '资阳', 'Ziyang', 104.628, 30.129, NEAR),
  city('dujiangyan', '都江堰', 'Dujiangyan', 103.619, 30.999, NEAR),
  city('pengzhou', '彭州', 'Pengzhou', 103.958, 30.99, NEAR),
  city('chongzhou', '崇州', 'Chongzhou', 103.673, 30.63, NEAR),
  city('jianyang', '简阳', 'Jianyang', 104.547, 30.411, NEAR),
  city('yuxi', '玉溪', 'Yuxi', 102.543, 24.352, NEAR),
  city('songming', '嵩明', 'Songming', 103.036, 25.338, NEAR),
  city('yiliang', '宜良', 'Yiliang', 103.141, 24.919, NEAR),
  city('fumin', '富民', 'Fumin', 102.497, 25.222, NEAR),
  city('qujing', '曲靖', 'Qujing', 103.796, 25.49, NEAR),
  city('foshan', '佛山', 'Foshan', 113.122, 23.021, NEAR),
  city('dongguan', '东莞', 'Dongguan', 113.752, 23.021, NEAR),
  city('zhongshan', '中山', 'Zhongshan', 113.393, 22.517, NEAR),
  city('qingyuan', '清远', 'Qingyuan', 113.056, 23.682, NEAR),
  city('shaoxing', '绍兴', 'Shaoxing', 120.58, 30.03, NEAR),
  city('jiaxing', '嘉兴', 'Jiaxing', 120.756, 30.746, NEAR),
  city('huzhou', '湖州', 'Huzhou', 120.087, 30.894, NEAR),
  city('zhoushan', '舟山', 'Zhoushan', 122.207, 29.985, NEAR),
  city('taizhou-zj', '台州', 'Taizhou', 121.421, 28.656, NEAR),
  province('sichuan', '四川', 'Sichuan', 102.6, 29.6),
  province('yunnan', '云南', 'Yunnan', 101.4, 24.2),
  province('guangdong', '广东', 'Guangdong', 114.0, 23.9),
  province('zhejiang', '浙江', 'Zhejiang', 120.0, 29.1),
  province('guizhou', '贵州', 'Guizhou', 106.9, 26.9),
  province('guangxi', '广西', 'Guangxi', 108.9, 23.8),
  province('hunan', '湖南', 'Hunan', 111.7, 27.4),
  province('hubei', '湖北', 'Hubei', 112.3, 31.1),
  province('jiangxi', '江西', 'Jiangxi', 115.7, 27.3),
  province('fujian', '福建', 'Fujian', 118.0, 25.9),
  province('anhui', '安徽', 'Anhui', 117.2, 31.8),
  province('jiangsu', '江苏', 'Jiangsu', 119.5, 33.0),
  province('shaanxi', '陕西', 'Shaanxi', 108.9, 33.4),
  province('henan', '河南', 'Henan', 113.6, 33.9),
  province('hainan', '海南', 'Hainan', 109.8, 19.2),
  province('taiwan', '台湾', 'Taiwan', 121.0, 23.7),
];

/** The context features to show at a zoom. */
export function contextAt(zoom: number): ContextFeature[] {
  return CONTEXT.filter((f) => zoom >= f.minZoom && zoom < f.maxZoom);
}
